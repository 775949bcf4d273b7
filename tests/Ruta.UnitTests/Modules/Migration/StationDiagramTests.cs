using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.UnitTests.Modules.Migration;

/// <summary>The diagram lawyers review (docs/migration-station.md) is the table the code runs.</summary>
public sealed class StationDiagramTests
{
    private const string Begin = "<!-- BEGIN GENERATED: StationProcedure.Mermaid() -->";
    private const string End = "<!-- END GENERATED -->";

    [Fact]
    public void The_committed_diagram_is_the_one_generated_from_the_transition_table()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "migration-station.md");
        var generated = StationProcedure.Mermaid();
        var text = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (Environment.GetEnvironmentVariable("RUTA_UPDATE_DOCS") == "1")
        {
            var start = text.IndexOf(Begin, StringComparison.Ordinal);
            var end = text.IndexOf(End, StringComparison.Ordinal);
            File.WriteAllText(path, text[..(start + Begin.Length)] + "\n" + generated + text[end..]);
            return;
        }

        var committed = Between(text);
        Assert.True(committed == generated,
            "docs/migration-station.md is out of date with the transition table; regenerate it with RUTA_UPDATE_DOCS=1 " +
            "dotnet test tests/Ruta.UnitTests --filter StationDiagramTests, and review the change.\nGenerated:\n" + generated);
    }

    [Fact]
    public void The_diagram_names_every_stored_state_and_every_trigger()
    {
        var diagram = StationProcedure.Mermaid();
        foreach (var state in StationProcedure.StoredStates)
        {
            Assert.Contains($"as {state}\n", diagram, StringComparison.Ordinal);
        }

        foreach (var trigger in Enum.GetValues<StationStayTrigger>())
        {
            Assert.Contains(StationProcedure.TriggerLabel(trigger), diagram, StringComparison.Ordinal);
        }
    }

    private static string Between(string text)
    {
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        return start < 0 || end < start ? "" : text[(start + Begin.Length + 1)..end];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ruta.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Ruta.slnx not found above " + AppContext.BaseDirectory);
    }
}
