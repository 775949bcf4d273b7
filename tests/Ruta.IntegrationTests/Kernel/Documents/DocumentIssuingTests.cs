using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.IntegrationTests.Kernel.Documents;

public sealed class DocumentIssuingTests(DocumentsFactory app) : IClassFixture<DocumentsFactory>
{
    private int Year => app.Today().Year;

    [Fact]
    public async Task An_issued_document_is_numbered_by_type_agency_and_year_and_verifies_as_genuine_and_valid()
    {
        var (holder, _) = await app.AddHolderAsync();
        var document = await app.IssueAsAsync("inm.officer", app.Tvrh(holder));

        Assert.Matches($"^TVRH-INM-{Year}-\\d{{6}}$", document.Number);
        Assert.Equal(AgencyCodes.Inm, document.IssuingAgency);
        Assert.Equal(DocumentStatus.Valid, document.Status);
        Assert.Equal(DocumentVerificationCodes.Length, document.VerificationCode.Length);

        using var anonymous = app.Anonymous();
        var result = await anonymous.VerifyAsync(document.VerificationCode);
        Assert.True(result.Genuine);
        Assert.Equal(DocumentValidity.Valid, result.Status);
        Assert.Equal(DocumentType.HumanitarianVisitorCard, result.Type);
        Assert.Equal(document.Number, result.Number);
        Assert.Equal(document.ValidFrom, result.ValidFrom);
        Assert.Equal(document.ValidUntil, result.ValidUntil);
    }

    [Fact]
    public async Task Each_type_agency_and_year_has_its_own_sequence()
    {
        var numbers = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            return new[]
            {
                await DocumentNumbers.AllocateAsync(db, DocumentType.PermanentResidentCard, "INM", 2031, CancellationToken.None),
                await DocumentNumbers.AllocateAsync(db, DocumentType.PermanentResidentCard, "INM", 2031, CancellationToken.None),
                await DocumentNumbers.AllocateAsync(db, DocumentType.TemporaryResidentCard, "INM", 2031, CancellationToken.None),
                await DocumentNumbers.AllocateAsync(db, DocumentType.PermanentResidentCard, "INM", 2032, CancellationToken.None),
                await DocumentNumbers.AllocateAsync(db, DocumentType.Other, "DIF", 2031, CancellationToken.None),
                await DocumentNumbers.AllocateAsync(db, DocumentType.Other, "SRE", 2031, CancellationToken.None),
            };
        });

        Assert.Equal(["TRP-INM-2031-000001", "TRP-INM-2031-000002", "TRT-INM-2031-000001", "TRP-INM-2032-000001",
            "DOC-DIF-2031-000001", "DOC-SRE-2031-000001"], numbers);
    }

    [Fact]
    public async Task Twenty_concurrent_issuances_of_one_series_from_separate_contexts_get_twenty_distinct_numbers()
    {
        var (holder, _) = await app.AddHolderAsync();
        var request = new IssueDocumentRequest(DocumentType.StationExitPermit, holder, app.Today(), app.Today().AddDays(30));
        var documents = await Task.WhenAll(Enumerable.Range(1, 20).Select(_ => Task.Run(() => app.IssueAsSystemAsync("INM", request))));

        var numbers = documents.Select(d => d.Number).ToList();
        Assert.Equal(20, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches($"^OSE-INM-{Year}-\\d{{6}}$", n));
        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<IssuedDocument>()
            .Where(d => d.HolderPersonId == holder).Select(d => d.Number).ToListAsync());
        Assert.Equal(numbers.Order(), stored.Order());
    }

    [Fact]
    public async Task The_database_refuses_a_repeated_number()
    {
        var (holder, _) = await app.AddHolderAsync();
        var original = await app.IssueAsSystemAsync("INM", new IssueDocumentRequest(DocumentType.DepartureOrder, holder, app.Today(), app.Today().AddDays(20)));

        var error = await Record.ExceptionAsync(() => app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var copy = await db.Set<IssuedDocument>().AsNoTracking().SingleAsync(d => d.Id == original.Id);
            db.Entry(copy).Property(d => d.Id).CurrentValue = Guid.CreateVersion7();
            db.Entry(copy).Property(d => d.VerificationCode).CurrentValue = "X" + copy.VerificationCode[1..];
            db.Add(copy);
            await db.SaveChangesAsync();
        }));

        Assert.IsType<DbUpdateException>(error);
    }

    [Fact]
    public async Task Issuing_adds_to_the_unit_of_work_without_saving_so_a_failed_act_issues_nothing()
    {
        var (holder, _) = await app.AddHolderAsync();
        var code = await app.WithScopeAsync(async sp =>
        {
            DocumentsTestKit.ActAs(sp, await DocumentsTestKit.PrincipalAsync(sp, "comar.officer"));
            var document = await sp.GetRequiredService<DocumentIssuer>().IssueAsync(
                new IssueDocumentRequest(DocumentType.AsylumApplicationCertificate, holder, app.Today(), null, "AsylumClaim", Guid.CreateVersion7()),
                CancellationToken.None);
            Assert.Equal(EntityState.Added, sp.GetRequiredService<RutaDbContext>().Entry(document).State);
            return document.VerificationCode; // the act fails: the scope ends without SaveChanges
        });

        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<IssuedDocument>().CountAsync(d => d.HolderPersonId == holder)));
        using var anonymous = app.Anonymous();
        Assert.False((await anonymous.VerifyAsync(code)).Genuine);
    }

    [Theory]
    [InlineData("comar.officer", DocumentType.HumanitarianVisitorCard)]
    [InlineData("inm.officer", DocumentType.AsylumApplicationCertificate)]
    [InlineData("dif.officer", DocumentType.PermanentResidentCard)]
    public async Task Only_the_competent_agency_issues_each_type(string userName, DocumentType type)
    {
        var (holder, _) = await app.AddHolderAsync();
        var request = new IssueDocumentRequest(type, holder, app.Today(), app.Today().AddYears(1));

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => app.IssueAsAsync(userName, request));

        Assert.Equal("document-issuer-not-competent", error.Code);
        Assert.StartsWith("Ley ", error.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_operational_agency_issues_other_documents_that_say_what_they_are()
    {
        var (holder, _) = await app.AddHolderAsync();
        var document = await app.IssueAsAsync("dif.officer",
            new IssueDocumentRequest(DocumentType.Other, holder, app.Today(), null, Description: "Constancia de estancia en albergue"));

        Assert.StartsWith($"DOC-DIF-{Year}-", document.Number, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => app.IssueAsAsync("dif.officer",
            new IssueDocumentRequest(DocumentType.Other, holder, app.Today(), null)));
    }

    [Fact]
    public async Task Temporary_documents_need_a_last_day_not_before_the_first_and_a_known_holder()
    {
        var (holder, _) = await app.AddHolderAsync();
        var errors = await app.WithScopeAsync(async sp =>
        {
            var issuer = sp.GetRequiredService<DocumentIssuer>();
            return new[]
            {
                await issuer.CheckAsync(new IssueDocumentRequest(DocumentType.HumanitarianVisitorCard, holder, app.Today(), null, IssuingAgency: "INM"), CancellationToken.None),
                await issuer.CheckAsync(new IssueDocumentRequest(DocumentType.TemporaryResidentCard, holder, app.Today(), app.Today().AddDays(-1), IssuingAgency: "INM"), CancellationToken.None),
                await issuer.CheckAsync(new IssueDocumentRequest(DocumentType.PermanentResidentCard, Guid.NewGuid(), app.Today(), null, IssuingAgency: "INM"), CancellationToken.None),
                await issuer.CheckAsync(new IssueDocumentRequest(DocumentType.PermanentResidentCard, holder, app.Today(), null, "AsylumClaim", null, IssuingAgency: "INM"), CancellationToken.None),
                await issuer.CheckAsync(new IssueDocumentRequest(DocumentType.PermanentResidentCard, holder, app.Today(), null, IssuingAgency: "INM"), CancellationToken.None),
            };
        });

        Assert.Equal(["validUntil"], errors[0].Keys);
        Assert.Equal(["validUntil"], errors[1].Keys);
        Assert.Equal(["holderPersonId"], errors[2].Keys);
        Assert.Equal(["caseId"], errors[3].Keys);
        Assert.Empty(errors[4]);
        await Assert.ThrowsAsync<ArgumentException>(() => app.IssueAsAsync("inm.officer",
            new IssueDocumentRequest(DocumentType.HumanitarianVisitorCard, holder, app.Today(), null)));
    }

    [Fact]
    public async Task A_replacement_is_issued_and_the_old_document_marked_replaced_in_one_unit_of_work()
    {
        var (holder, _) = await app.AddHolderAsync();
        var old = await app.IssueAsAsync("inm.officer", app.Tvrh(holder, days: 30));

        var renewal = await app.WithScopeAsync(async sp =>
        {
            DocumentsTestKit.ActAs(sp, await DocumentsTestKit.PrincipalAsync(sp, "inm.officer"));
            var issued = await sp.GetRequiredService<DocumentIssuer>().ReplaceAsync(old.Id, app.Tvrh(holder), "Renovación", CancellationToken.None);
            await sp.GetRequiredService<RutaDbContext>().SaveChangesAsync();
            return issued!;
        });

        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<IssuedDocument>().AsNoTracking()
            .SingleAsync(d => d.Id == old.Id));
        Assert.Equal(DocumentStatus.Replaced, stored.Status);
        Assert.Equal(renewal.Id, stored.ReplacedById);
        Assert.Equal("Renovación", stored.StatusReason);
        Assert.NotNull(stored.ReplacedAt);
        Assert.Equal(old.Id, renewal.ReplacesId);
        Assert.NotEqual(old.Number, renewal.Number);

        using var anonymous = app.Anonymous();
        Assert.Equal(DocumentValidity.Replaced, (await anonymous.VerifyAsync(old.VerificationCode)).Status);
        Assert.Equal(DocumentValidity.Valid, (await anonymous.VerifyAsync(renewal.VerificationCode)).Status);

        // A replaced document cannot be replaced or revoked again, and no number is spent trying.
        await app.WithScopeAsync(async sp =>
        {
            DocumentsTestKit.ActAs(sp, await DocumentsTestKit.PrincipalAsync(sp, "inm.supervisor"));
            var issuer = sp.GetRequiredService<DocumentIssuer>();
            var replace = await Assert.ThrowsAsync<IllegalTransitionException>(() => issuer.ReplaceAsync(old.Id, app.Tvrh(holder), "Otra vez", CancellationToken.None));
            Assert.Equal("reemplazado", replace.CurrentState);
            await Assert.ThrowsAsync<IllegalTransitionException>(() => issuer.RevokeAsync(old.Id, "Error", CancellationToken.None));
        });
    }

    [Fact]
    public async Task Only_the_issuing_agency_replaces_and_only_for_the_same_holder()
    {
        var (holder, _) = await app.AddHolderAsync();
        var (other, _) = await app.AddHolderAsync();
        var card = await app.IssueAsAsync("inm.officer", app.Tvrh(holder));

        await app.WithScopeAsync(async sp =>
        {
            DocumentsTestKit.ActAs(sp, await DocumentsTestKit.PrincipalAsync(sp, "comar.supervisor"));
            var error = await Assert.ThrowsAsync<DomainRuleException>(() =>
                sp.GetRequiredService<DocumentIssuer>().ReplaceAsync(card.Id, app.Tvrh(holder), "Cambio", CancellationToken.None));
            Assert.Equal("document-not-issuer", error.Code);
        });
        await app.WithScopeAsync(async sp =>
        {
            DocumentsTestKit.ActAs(sp, await DocumentsTestKit.PrincipalAsync(sp, "inm.officer"));
            await Assert.ThrowsAsync<ArgumentException>(() =>
                sp.GetRequiredService<DocumentIssuer>().ReplaceAsync(card.Id, app.Tvrh(other), "Cambio", CancellationToken.None));
        });
    }

    [Fact]
    public async Task Issuing_leaves_a_create_line_in_the_audit_trail()
    {
        var (holder, _) = await app.AddHolderAsync();
        var document = await app.IssueAsAsync("inm.officer", app.Tvrh(holder));

        var actions = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<Ruta.Web.Kernel.Audit.AuditEntry>()
            .Where(a => a.RecordId == document.Id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains("create", actions);
    }
}
