namespace Thads.Enforcement.Cases;

/// <summary>How a document was notified (Arts. 39–43 Luật THADS; ND 62 Art. 12; details unconfirmed, domain README §2.4).</summary>
public enum NoticeMethod
{
    /// <summary>Thông báo trực tiếp: handed to the person.</summary>
    Direct,

    /// <summary>Sent by post.</summary>
    Post,

    /// <summary>Niêm yết công khai: posted publicly.</summary>
    PublicPosting,

    /// <summary>Thông báo trên phương tiện thông tin đại chúng.</summary>
    MassMedia,

    /// <summary>Electronic notice.</summary>
    Electronic,
}
