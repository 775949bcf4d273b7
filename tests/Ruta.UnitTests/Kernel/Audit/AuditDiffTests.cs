using Ruta.Web.Kernel.Audit;

namespace Ruta.UnitTests.Kernel.Audit;

public sealed class AuditDiffTests
{
    [Fact]
    public void An_update_marks_only_the_fields_whose_value_changed()
    {
        var fields = AuditDiff.Compare("""{"City":"Tapachula","Code":"X","Open":true,"Note":null}""",
            """{"City":"Tuxtla","Code":"X","Open":false,"Note":"nueva"}""");
        Assert.Equal(["City", "Note", "Open"], fields.Where(f => f.Changed).Select(f => f.Name));
        Assert.Equal(new AuditDiff.Field("City", "Tapachula", "Tuxtla", true), fields.Single(f => f.Name == "City"));
        Assert.Equal(new AuditDiff.Field("Code", "X", "X", false), fields.Single(f => f.Name == "Code"));
    }

    [Fact]
    public void A_creation_or_deletion_shows_every_field_as_changed()
    {
        Assert.All(AuditDiff.Compare(null, """{"A":1,"B":"b"}"""), f => Assert.True(f.Changed && f.Before is null));
        Assert.All(AuditDiff.Compare("""{"A":1}""", null), f => Assert.True(f.Changed && f.After is null));
    }

    [Fact]
    public void Nested_values_are_shown_as_compact_json_and_plain_text_as_it_is()
    {
        var nested = AuditDiff.Compare(null, """{"Name":{"Given":"Ana"}}""").Single();
        Assert.Equal("""{"Given":"Ana"}""", nested.After);
        Assert.Equal("texto libre", AuditDiff.Compare(null, "texto libre").Single().After);
    }
}
