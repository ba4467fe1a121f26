namespace Thads.Host.Admin;

/// <summary>One refused value of an administration form: <see cref="Field"/> is the input's property name, the message is Vietnamese.</summary>
public sealed record AdminFieldError(string Field, string Message);
