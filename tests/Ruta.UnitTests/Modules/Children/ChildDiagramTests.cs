using Ruta.Web.Modules.Children.Domain;

namespace Ruta.UnitTests.Modules.Children;

/// <summary>The diagram lawyers review (docs/child-protection-procedure.md) is the table the code runs.</summary>
public sealed class ChildDiagramTests
{
    private const string Begin = "<!-- BEGIN GENERATED: ChildProtectionProcedure.Mermaid() -->";
    private const string End = "<!-- END GENERATED -->";

    [Fact]
    public void The_committed_diagram_is_the_one_generated_from_the_transition_table()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "child-protection-procedure.md");
        var generated = ChildProtectionProcedure.Mermaid();
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
            "docs/child-protection-procedure.md is out of date with the transition table; regenerate it with RUTA_UPDATE_DOCS=1 " +
            "dotnet test tests/Ruta.UnitTests --filter ChildDiagramTests, and review the change.\nGenerated:\n" + generated);
    }

    [Fact]
    public void The_diagram_names_every_stored_state_and_every_trigger()
    {
        var diagram = ChildProtectionProcedure.Mermaid();
        foreach (var state in ChildProtectionProcedure.StoredStates)
        {
            Assert.Contains($"as {state}\n", diagram, StringComparison.Ordinal);
        }

        foreach (var trigger in Enum.GetValues<ChildTrigger>())
        {
            Assert.Contains(ChildProtectionProcedure.TriggerLabel(trigger), diagram, StringComparison.Ordinal);
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
