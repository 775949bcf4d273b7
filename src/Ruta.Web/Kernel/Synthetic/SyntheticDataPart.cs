using System.Collections;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Kernel.Synthetic;

/// <summary>
/// One module's share of the synthetic national dataset (`ruta generate`). The kernel's part makes
/// the households (persons, family links, identity documents); each procedure module adds its
/// records for those households (asylum claims, apprehensions, station stays, child-protection
/// cases…) through its domain objects, so every record obeys the same rules as one entered by an
/// officer. Register with <c>services.AddSingleton&lt;ISyntheticDataPart, T&gt;()</c>.
/// </summary>
public interface ISyntheticDataPart
{
    /// <summary>Lower runs first within each batch; the kernel's households are 0.</summary>
    int Order { get; }

    /// <summary>Short name shown in the progress lines.</summary>
    string Name { get; }

    /// <summary>Once, before the first batch: read what the part needs (offices, reference data).</summary>
    Task PrepareAsync(SyntheticContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Adds this part's records for the households of <paramref name="batch"/>. Must draw every
    /// random choice from <see cref="SyntheticBatch.Random"/> (reproducibility) and add rows in an
    /// order that respects foreign keys (a record before those pointing to it).
    /// </summary>
    void Generate(SyntheticBatch batch);
}

/// <summary>A family or a person travelling alone, as the registry keeps them: members with their links.</summary>
/// <param name="Nationality">ISO 3166-1 alpha-3 of the household (children born in Mexico hold MEX).</param>
/// <param name="FirstContact">The day the household first met an authority (registration date).</param>
public sealed record Household(IReadOnlyList<HouseholdMember> Members, string Nationality, DateOnly FirstContact)
{
    /// <summary>The first adult, or the eldest child of an unaccompanied group.</summary>
    public HouseholdMember Head => Members[0];
}

/// <param name="IsChild">Under 18 (or presumed so) on the day of first contact.</param>
public sealed record HouseholdMember(Person Person, bool IsChild);

/// <summary>The rows of one batch, grouped by entity type in the order the types were first added.</summary>
public sealed class SyntheticRows
{
    private readonly Dictionary<Type, IList> _byType = [];
    private readonly List<Type> _order = [];

    public int Count { get; private set; }

    public void Add<T>(T entity)
        where T : class
    {
        if (!_byType.TryGetValue(typeof(T), out var list))
        {
            list = new List<T>();
            _byType[typeof(T)] = list;
            _order.Add(typeof(T));
        }

        ((List<T>)list).Add(entity);
        Count++;
    }

    /// <summary>Every row of type <typeparamref name="T"/> added so far.</summary>
    public IReadOnlyList<T> Of<T>()
        where T : class =>
        _byType.TryGetValue(typeof(T), out var list) ? (List<T>)list : [];

    /// <summary>Types in first-added order, with their rows.</summary>
    public IEnumerable<(Type Type, IList Rows)> Tables => _order.Select(t => (t, _byType[t]));
}

/// <summary>One batch of households and every row made for them.</summary>
public sealed class SyntheticBatch(int index, Random random, SyntheticContext context, int targetPersons)
{
    public int Index { get; } = index;

    /// <summary>How many persons the households of this batch hold (the kernel's part fills it).</summary>
    public int TargetPersons { get; } = targetPersons;

    /// <summary>Seeded from the run's seed and the batch index: the same seed gives the same batch.</summary>
    public Random Random { get; } = random;

    public SyntheticContext Context { get; } = context;
    public List<Household> Households { get; } = [];
    public SyntheticRows Rows { get; } = new();

    public int PersonCount => Households.Sum(h => h.Members.Count);
}
