using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Demo;
using Thads.Host.Tests.Accounts;
using Thads.Host.Tests.Api;

namespace Thads.Host.Tests.Cases;

/// <summary>
/// Attachments through the case page (multipart form, no JavaScript) and the API: streamed to the file store under
/// data/files, limits, type sniffing, the scanner hook, scoped download, leader-only deletion, no path traversal.
/// </summary>
public sealed class AttachmentTests(AttachmentHost host) : IClassFixture<AttachmentHost>
{
    [Fact]
    public async Task An_upload_is_kept_in_the_file_store_recorded_on_the_case_and_downloadable()
    {
        var id = await host.OpenCaseAsync("AT-OK-001");
        var intake = await host.AsAsync(DemoOrganisation.Intake);
        var bytes = SampleFiles.Pdf();

        var response = await UploadAsync(intake, id, bytes, "Quyết định THA số 1.pdf");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Cases/{id}#tep-dinh-kem", BrowserSession.RedirectTarget(response));
        var page = await intake.GetPageAsync($"/Cases/{id}");
        Assert.Contains("Đã thêm tệp \"Quyết định THA số 1.pdf\".", WebUtility.HtmlDecode(page));

        var attachment = await host.QueryAsync(db => db.Attachments.SingleAsync(a => a.CaseId == id));
        Assert.Equal("Quyết định THA số 1.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Equal(bytes.Length, attachment.SizeBytes);
        Assert.Matches("^\\d{4}/\\d{2}/[0-9a-f]{32}$", attachment.StorageKey);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(host.FilesDirectory, attachment.StorageKey)));
        Assert.Empty(TemporaryFiles());
        Assert.True(await host.QueryAsync(db => db.Audit.AnyAsync(a => a.CaseId == id && a.Entity == nameof(Attachment) && a.Action == AuditAction.Added && a.Actor == DemoOrganisation.Intake)));
        Assert.Contains($"href=\"/Cases/{id}/Attachments/{attachment.Id}\"", PageText.Section(page, "tep-dinh-kem"));

        foreach (var path in new[] { $"/Cases/{id}/Attachments/{attachment.Id}", $"/api/cases/{id}/attachments/{attachment.Id}" })
        {
            var download = await (await host.AsAsync(DemoOrganisation.Head)).GetAsync(path);
            await CasesHost.ExpectAsync(HttpStatusCode.OK, download);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("Quyết định THA số 1.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Download_is_denied_to_another_unit_and_to_an_executor_not_assigned()
    {
        var id = await host.OpenCaseAsync("AT-ACL-001");
        await host.AssignAsync(id, DemoOrganisation.ExecutorAn);
        await CasesHost.ExpectAsync(HttpStatusCode.Redirect, await UploadAsync(await host.AsAsync(DemoOrganisation.Intake), id, SampleFiles.Pdf(), "bien-ban.pdf"));
        var attachment = await host.QueryAsync(db => db.Attachments.SingleAsync(a => a.CaseId == id));

        foreach (var denied in new[] { DemoOrganisation.MilitaryHead, DemoOrganisation.OtherHead, DemoOrganisation.ExecutorBinh })
        {
            var browser = await host.AsAsync(denied);
            foreach (var path in new[] { $"/Cases/{id}/Attachments/{attachment.Id}", $"/api/cases/{id}/attachments/{attachment.Id}", $"/api/cases/{id}/attachments" })
            {
                var response = await browser.GetAsync(path);
                await CasesHost.ExpectAsync(HttpStatusCode.Forbidden, response);
                Assert.DoesNotContain("%PDF", await response.Content.ReadAsStringAsync());
            }
        }

        // The assigned executor may download; an attachment id of another case is not found through this case.
        var executor = await host.AsAsync(DemoOrganisation.ExecutorAn);
        await CasesHost.ExpectAsync(HttpStatusCode.OK, await executor.GetAsync($"/Cases/{id}/Attachments/{attachment.Id}"));
        var other = await host.OpenCaseAsync("AT-ACL-002");
        await CasesHost.ExpectAsync(HttpStatusCode.NotFound, await (await host.AsAsync(DemoOrganisation.Head)).GetAsync($"/Cases/{other}/Attachments/{attachment.Id}"));
    }

    [Theory]
    [InlineData("too-large", "Tệp: lớn hơn giới hạn 64 KB cho phép.")]
    [InlineData("program", "nội dung của 'quyet-dinh.pdf' không phải loại được phép")]
    [InlineData("mismatch", "có nội dung ảnh PNG nhưng tên tệp có đuôi '.pdf'")]
    [InlineData("plain-zip", "nội dung của 'bao-cao.docx' không phải loại được phép")]
    [InlineData("virus", "Tệp: bị chương trình quét virus từ chối: Eicar-Test-Signature FOUND.")]
    [InlineData("empty", "tệp rỗng")]
    public async Task A_refused_file_leaves_nothing_behind(string kind, string message)
    {
        var number = $"AT-NO-{kind}";
        var id = await host.OpenCaseAsync(number);
        var (bytes, name) = kind switch
        {
            "too-large" => (SampleFiles.Pdf(padTo: (int)AttachmentHost.MaxBytes + 10), "lon.pdf"),
            "program" => (SampleFiles.Program(), "quyet-dinh.pdf"),
            "mismatch" => (SampleFiles.Png(), "anh.pdf"),
            "plain-zip" => (SampleFiles.PlainZip(), "bao-cao.docx"),
            "virus" => (SampleFiles.Pdf(AttachmentHost.Signature), "virus.pdf"),
            _ => (Array.Empty<byte>(), "rong.pdf"),
        };
        var files = StoredFiles();
        var browser = await host.AsAsync(DemoOrganisation.Intake);

        var response = await UploadAsync(browser, id, bytes, name);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The refusal is shown once, above the case, in the error style.
        var page = WebUtility.HtmlDecode(await browser.GetPageAsync($"/Cases/{id}"));
        Assert.Contains($"<p class=\"error\" role=\"alert\">Tệp: ", page);
        Assert.Contains(message, page);
        Assert.DoesNotContain(message, WebUtility.HtmlDecode(await browser.GetPageAsync($"/Cases/{id}")));

        Assert.False(await host.QueryAsync(db => db.Attachments.AnyAsync(a => a.CaseId == id)));
        Assert.Equal(files, StoredFiles());
        Assert.Empty(TemporaryFiles());

        // The API refuses the same file with a problem naming the field.
        var api = await ApiUploadAsync(browser, id, bytes, name);
        await CasesHost.ExpectAsync(HttpStatusCode.BadRequest, api);
        Assert.Contains(message, (await ApiHost.JsonAsync(api))["errors"]!["file"]![0]!.GetValue<string>());
        Assert.Equal(files, StoredFiles());
    }

    [Fact]
    public async Task Office_documents_are_recognised_by_their_parts()
    {
        var id = await host.OpenCaseAsync("AT-DOCX-001");
        var response = await ApiUploadAsync(await host.AsAsync(DemoOrganisation.Deputy), id, SampleFiles.Docx(), "to-trinh.docx");
        await CasesHost.ExpectAsync(HttpStatusCode.Created, response);
        var body = await ApiHost.JsonAsync(response);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", body["contentType"]!.GetValue<string>());
        Assert.Equal(response.Headers.Location?.OriginalString, body["download"]!.GetValue<string>());

        var list = await (await host.AsAsync(DemoOrganisation.Head)).Client.GetAsync($"/api/cases/{id}/attachments");
        Assert.Equal("to-trinh.docx", (await list.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonArray>())!.Single()!["fileName"]!.GetValue<string>());
    }

    [Fact]
    public async Task File_names_cannot_reach_outside_the_store()
    {
        var id = await host.OpenCaseAsync("AT-PATH-001");
        var browser = await host.AsAsync(DemoOrganisation.Intake);
        await CasesHost.ExpectAsync(HttpStatusCode.Redirect, await UploadAsync(browser, id, SampleFiles.Pdf(), "../../../thads-evil.pdf"));
        await CasesHost.ExpectAsync(HttpStatusCode.Created, await ApiUploadAsync(browser, id, SampleFiles.Pdf(), "..\\..\\thads-evil2.pdf"));

        var kept = await host.QueryAsync(db => db.Attachments.Where(a => a.CaseId == id).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["thads-evil.pdf", "thads-evil2.pdf"], kept.Select(a => a.FileName));
        Assert.All(kept, a => Assert.Matches("^\\d{4}/\\d{2}/[0-9a-f]{32}$", a.StorageKey));
        Assert.Empty(Directory.EnumerateFiles(host.Factory.TempDirectory, "thads-evil*", SearchOption.AllDirectories));

        // A record pointing outside the store (written behind the domain's back) serves nothing.
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<Enforcement.Data.ThadsDbContext>>().CreateDbContextAsync())
        {
            db.AuditStamp = new AuditStamp("test", DateTimeOffset.UtcNow);
            db.Attachments.Add(new Attachment { CaseId = id, FileName = "db.pdf", ContentType = "application/pdf", SizeBytes = 1, StorageKey = "../thads.db", UploadedAt = DateTimeOffset.UtcNow, UploadedBy = "test" });
            db.Attachments.Add(new Attachment { CaseId = id, FileName = "passwd.pdf", ContentType = "application/pdf", SizeBytes = 1, StorageKey = "/etc/passwd", UploadedAt = DateTimeOffset.UtcNow, UploadedBy = "test" });
            await db.SaveChangesAsync();
        }

        var forged = await host.QueryAsync(db => db.Attachments.Where(a => a.CaseId == id && a.UploadedBy == "test").Select(a => a.Id).ToListAsync());
        var head = await host.AsAsync(DemoOrganisation.Head);
        foreach (var attachmentId in forged)
        {
            var page = await head.GetAsync($"/Cases/{id}/Attachments/{attachmentId}");
            await CasesHost.ExpectAsync(HttpStatusCode.NotFound, page);
            Assert.DoesNotContain("SQLite", await page.Content.ReadAsStringAsync());
            await CasesHost.ExpectAsync(HttpStatusCode.NotFound, await head.GetAsync($"/api/cases/{id}/attachments/{attachmentId}"));
        }

        var store = host.Services.GetRequiredService<Host.Attachments.AttachmentStore>();
        Assert.Equal(Path.GetFullPath(host.FilesDirectory), store.Root);
        foreach (var key in new[] { "../thads.db", "2026/../../x", "/etc/passwd", "..", "", "a//b", "C:\\x", "2026/./x" })
        {
            Assert.Null(store.PathOf(key));
        }
    }

    [Fact]
    public async Task Only_leaders_of_the_case_delete_and_the_deletion_is_audited()
    {
        var id = await host.OpenCaseAsync("AT-DEL-001");
        await host.AssignAsync(id, DemoOrganisation.ExecutorAn);
        var executor = await host.AsAsync(DemoOrganisation.ExecutorAn);
        await CasesHost.ExpectAsync(HttpStatusCode.Redirect, await UploadAsync(executor, id, SampleFiles.Pdf(), "bien-ban-xac-minh.pdf"));
        var attachment = await host.QueryAsync(db => db.Attachments.SingleAsync(a => a.CaseId == id));
        var file = Path.Combine(host.FilesDirectory, attachment.StorageKey);
        Assert.DoesNotContain("/Delete\"", PageText.Section(await executor.GetPageAsync($"/Cases/{id}"), "tep-dinh-kem"));

        // Not a leader: the page's delete goes to "access denied", the API answers 403; a leader of another unit gets 403.
        var page = await executor.SubmitAsync($"/Cases/{id}/Attachments/{attachment.Id}/Delete", new Dictionary<string, string>(), formPage: $"/Cases/{id}");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", BrowserSession.RedirectTarget(page));
        await CasesHost.ExpectAsync(HttpStatusCode.Forbidden, await (await host.AsAsync(DemoOrganisation.Intake)).Client.DeleteAsync($"/api/cases/{id}/attachments/{attachment.Id}"));
        await CasesHost.ExpectAsync(HttpStatusCode.Forbidden, await (await host.AsAsync(DemoOrganisation.MilitaryHead)).Client.DeleteAsync($"/api/cases/{id}/attachments/{attachment.Id}"));
        Assert.True(File.Exists(file));
        Assert.True(await host.QueryAsync(db => db.Attachments.AnyAsync(a => a.Id == attachment.Id)));

        var head = await host.AsAsync(DemoOrganisation.Head);
        var deleted = await head.SubmitAsync($"/Cases/{id}/Attachments/{attachment.Id}/Delete", new Dictionary<string, string>(), formPage: $"/Cases/{id}");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("Đã xóa tệp \"bien-ban-xac-minh.pdf\".", WebUtility.HtmlDecode(await head.GetPageAsync($"/Cases/{id}")));
        Assert.False(File.Exists(file));
        Assert.False(await host.QueryAsync(db => db.Attachments.AnyAsync(a => a.Id == attachment.Id)));
        var audit = await host.QueryAsync(db => db.Audit.SingleAsync(a => a.Entity == nameof(Attachment) && a.EntityId == attachment.Id.ToString() && a.Action == AuditAction.Deleted));
        Assert.Equal(DemoOrganisation.Head, audit.Actor);
        Assert.Contains("bien-ban-xac-minh.pdf", audit.Before);
        Assert.Contains("Xóa tệp đính kèm", PageText.Plain(PageText.Section(await head.GetPageAsync($"/Cases/{id}"), "dong-thoi-gian")));

        await CasesHost.ExpectAsync(HttpStatusCode.NotFound, await head.Client.DeleteAsync($"/api/cases/{id}/attachments/{attachment.Id}"));
    }

    [Fact]
    public async Task Uploads_need_the_token_a_working_role_and_the_case_in_scope()
    {
        var id = await host.OpenCaseAsync("AT-GATE-001");
        var intake = await host.AsAsync(DemoOrganisation.Intake);
        var files = StoredFiles();

        // The page's form without its antiforgery token.
        using var noToken = new MultipartFormDataContent { { FileContent(SampleFiles.Pdf()), "file", "a.pdf" } };
        await CasesHost.ExpectAsync(HttpStatusCode.BadRequest, await intake.Client.PostAsync($"/Cases/{id}/Attachments", noToken));

        // A statistician reads the case but does not add documents; another unit's head may not touch the case.
        await CasesHost.ExpectAsync(HttpStatusCode.Forbidden, await ApiUploadAsync(await host.AsAsync(DemoOrganisation.Statistician), id, SampleFiles.Pdf(), "a.pdf"));
        await CasesHost.ExpectAsync(HttpStatusCode.Forbidden, await ApiUploadAsync(await host.AsAsync(DemoOrganisation.OtherHead), id, SampleFiles.Pdf(), "a.pdf"));
        await CasesHost.ExpectAsync(HttpStatusCode.Forbidden, await ApiUploadAsync(await host.AsAsync(DemoOrganisation.ExecutorBinh), id, SampleFiles.Pdf(), "a.pdf"));
        await CasesHost.ExpectAsync(HttpStatusCode.NotFound, await ApiUploadAsync(intake, 987654, SampleFiles.Pdf(), "a.pdf"));

        Assert.False(await host.QueryAsync(db => db.Attachments.AnyAsync(a => a.CaseId == id)));
        Assert.Equal(files, StoredFiles());
        Assert.Empty(TemporaryFiles());
    }

    /// <summary>Posts the case page's upload form as a browser does: its token first, then the file.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(BrowserSession browser, int caseId, byte[] bytes, string fileName)
    {
        var token = PageText.Token(await browser.GetPageAsync($"/Cases/{caseId}"));
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { FileContent(bytes), "file", fileName } };
        return await browser.Client.PostAsync($"/Cases/{caseId}/Attachments", content);
    }

    private static async Task<HttpResponseMessage> ApiUploadAsync(BrowserSession browser, int caseId, byte[] bytes, string fileName)
    {
        using var content = new MultipartFormDataContent { { FileContent(bytes), "file", fileName } };
        return await browser.Client.PostAsync($"/api/cases/{caseId}/attachments", content);
    }

    private static ByteArrayContent FileContent(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        // What the browser claims does not matter: the content decides.
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    private List<string> StoredFiles() =>
        Directory.Exists(host.FilesDirectory)
            ? Directory.EnumerateFiles(host.FilesDirectory, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/tmp/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
            : [];

    private IEnumerable<string> TemporaryFiles()
    {
        var tmp = Path.Combine(host.FilesDirectory, "tmp");
        return Directory.Exists(tmp) ? Directory.EnumerateFiles(tmp) : [];
    }
}
