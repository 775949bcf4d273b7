using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.UnitTests.Modules.Regularization;

/// <summary>The diagrams lawyers review (docs/regularization-procedure.md) are the tables the code runs.</summary>
public sealed class RegularizationDiagramTests
{
    private const string End = "<!-- END GENERATED -->";

    public static TheoryData<string> Blocks => ["RegularizationTransitions.Mermaid()", "FamilyUnityTransitions.Mermaid()"];

    [Theory]
    [MemberData(nameof(Blocks))]
    public void The_committed_diagram_is_the_one_generated_from_the_transition_table(string block)
    {
        var begin = $"<!-- BEGIN GENERATED: {block} -->";
        var path = Path.Combine(RepositoryRoot(), "docs", "regularization-procedure.md");
        var generated = block.StartsWith("Regularization", StringComparison.Ordinal) ? RegularizationTransitions.Mermaid() : FamilyUnityTransitions.Mermaid();
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/regularization-procedure.md lacks the markers of {block}.");
        if (Environment.GetEnvironmentVariable("RUTA_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..(start + begin.Length)] + "\n" + generated + text[end..]);
            return;
        }

        var committed = text[(start + begin.Length + 1)..end];
        Assert.True(committed == generated,
            "docs/regularization-procedure.md is out of date with the transition table; regenerate it with RUTA_UPDATE_DOCS=1 " +
            "dotnet test tests/Ruta.UnitTests --filter RegularizationDiagramTests, and review the change.\nGenerated:\n" + generated);
    }

    [Fact]
    public void The_diagrams_name_every_stored_state_and_every_trigger()
    {
        var regularization = RegularizationTransitions.Mermaid();
        foreach (var state in RegularizationTransitions.StoredStates)
        {
            Assert.Contains($"as {state}\n", regularization, StringComparison.Ordinal);
        }

        foreach (var trigger in Enum.GetValues<RegularizationTrigger>())
        {
            Assert.Contains(RegularizationTransitions.TriggerLabel(trigger), regularization, StringComparison.Ordinal);
        }

        var family = FamilyUnityTransitions.Mermaid();
        foreach (var trigger in Enum.GetValues<FamilyUnityTrigger>())
        {
            Assert.Contains(FamilyUnityTransitions.TriggerLabel(trigger), family, StringComparison.Ordinal);
        }
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
