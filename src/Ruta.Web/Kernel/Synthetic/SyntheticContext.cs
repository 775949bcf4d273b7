using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Synthetic;

/// <summary>
/// What every part shares during one run: the reference date, the legal calendar, the offices, and
/// the factories that build kernel records (deadlines, oficios, issued documents, audit lines)
/// exactly as the kernel's services build them, minus the unit of work: the rows go to the batch
/// and are written in bulk. Folio and document numbers continue the database's counters, which
/// <see cref="SaveCountersAsync"/> moves on at the end so the running app never repeats one.
/// </summary>
public sealed class SyntheticContext
{
    private readonly Dictionary<(string Agency, int Year), int> _folios = [];
    private readonly Dictionary<(string Series, string Agency, int Year), int> _documentNumbers = [];
    private readonly Dictionary<string, Office[]> _officesByAgency;

    private readonly AuditSnapshots _snapshots;

    internal SyntheticContext(Microsoft.EntityFrameworkCore.Metadata.IModel model, DateOnly asOf, LegalCalendar calendar, DocumentVerificationCodes codes, IReadOnlyList<Office> offices,
        Dictionary<(string, int), int> folios, Dictionary<(string, string, int), int> documentNumbers)
    {
        _snapshots = new AuditSnapshots(model);
        AsOf = asOf;
        Calendar = calendar;
        Codes = codes;
        _officesByAgency = offices.Where(o => o.IsActive).GroupBy(o => o.AgencyCode)
            .ToDictionary(g => g.Key, g => g.OrderBy(o => o.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _folios = folios;
        _documentNumbers = documentNumbers;
    }

    /// <summary>"Today" of the dataset (Mexico City date): nothing happens after it.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The earliest day records start (five years before <see cref="AsOf"/>).</summary>
    public DateOnly Start => AsOf.AddYears(-5);

    public LegalCalendar Calendar { get; }
    public DocumentVerificationCodes Codes { get; }

    /// <summary>Active offices of an agency, by code (empty when it has none).</summary>
    public IReadOnlyList<Office> OfficesOf(string agency) => _officesByAgency.GetValueOrDefault(agency) ?? [];

    /// <summary>
    /// A version-7 UUID whose timestamp is <paramref name="at"/> and whose random bits come from
    /// <paramref name="random"/>: ids sort by creation time as in production, and a seed gives the same ids.
    /// </summary>
    public static Guid NewId(Random random, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(random);
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var ms = new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)).ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(ms >> (8 * (5 - i)));
        }

        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>An instant during office hours (09:00–17:59 Mexico City) of <paramref name="day"/>, in UTC.</summary>
    public static DateTime At(Random random, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(random);
        var local = day.ToDateTime(new TimeOnly(9, 0)).AddMinutes(random.Next(9 * 60)).AddSeconds(random.Next(60));
        return ToUtc(local);
    }

    /// <summary>The UTC instant of a Mexico City wall-clock time (UTC−6 all year).</summary>
    public static DateTime ToUtc(DateTime mexicoCityTime) =>
        DateTime.SpecifyKind(mexicoCityTime - MexicoCity.Offset, DateTimeKind.Utc);

    /// <summary>
    /// Sets a property whose setter the domain keeps private (ids minted by a domain factory), so that
    /// records made through the domain still get the run's reproducible ids.
    /// </summary>
    public static void Rekey<T>(T entity, string property, object? value)
        where T : class => Setters<T>.Get(property).SetValue(entity, value);

    /// <summary>A deadline as <see cref="IDeadlines.ScheduleAsync"/> computes it, created at <paramref name="createdAt"/>.</summary>
    public Deadline Schedule(Random random, DeadlineRequest request, DateTime createdAt)
    {
        var deadline = Deadlines.Create(request, Calendar, createdAt);
        deadline.Id = NewId(random, createdAt);
        deadline.Version = 1;
        return deadline;
    }

    /// <summary>
    /// Closes <paramref name="deadline"/> for an act done on <paramref name="actDate"/> and recorded at
    /// <paramref name="at"/>: met in time, missed when late (as <see cref="IDeadlines.MarkMet"/> decides).
    /// </summary>
    public static void Meet(Deadline deadline, DateOnly actDate, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        if (deadline.Status != DeadlineStatus.Open)
        {
            return;
        }

        var late = deadline.Unit == DeadlineUnit.Hours ? deadline.DueAt < at : actDate > deadline.DueDate;
        deadline.Apply(late ? DeadlineTrigger.Miss : DeadlineTrigger.Meet, at,
            late ? $"Acto realizado fuera de plazo el {actDate:yyyy-MM-dd}." : null);
    }

    /// <summary>The case ended on <paramref name="on"/>: an open deadline still running is cancelled, one already past is missed.</summary>
    public static void End(Deadline deadline, DateOnly on, DateTime at, string reason)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        if (deadline.Status != DeadlineStatus.Open)
        {
            return;
        }

        if (deadline.DueDate < on)
        {
            deadline.Apply(DeadlineTrigger.Miss, ToUtc(deadline.DueDate.AddDays(1).ToDateTime(new TimeOnly(1, 0))), null);
        }
        else
        {
            deadline.Apply(DeadlineTrigger.Cancel, at, reason);
        }
    }

    /// <summary>What the missed-deadline job would have done by <see cref="AsOf"/>: open deadlines past their day are missed.</summary>
    public void SettleOverdue(Deadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var now = ToUtc(AsOf.ToDateTime(new TimeOnly(12, 0)));
        if (deadline.Status == DeadlineStatus.Open && deadline.IsPastDue(new DateTimeOffset(now, TimeSpan.Zero)))
        {
            var at = deadline.DueAt?.AddMinutes(5) ?? ToUtc(deadline.DueDate.AddDays(1).ToDateTime(new TimeOnly(0, 5)));
            deadline.Apply(DeadlineTrigger.Miss, at, null);
        }
    }

    /// <summary>An oficio sent by the system on behalf of <paramref name="sender"/> (signer copied as NoticeSender does).</summary>
    public OfficialNotice Notice(Random random, DateTime sentAt, string sender, string recipient, string type, string subject, string body,
        string legalBasis, Guid? personId, string? personName, string? caseType, Guid? caseId, string signerName, string signerPosition)
    {
        var folio = Folios.Format(sender, MexicoCity.DateOf(sentAt).Year, NextFolio(sender, sentAt));
        return new OfficialNotice(NewId(random, sentAt), folio, sender, OfficesOf(sender).FirstOrDefault()?.Id, recipient, null, type,
            subject, body, legalBasis, personId, personName, caseType, caseId, sentAt, null, signerName, signerPosition) { Version = 1 };
    }

    /// <summary>A document as <see cref="DocumentIssuer"/> issues it: number of its series, signed verification code.</summary>
    public IssuedDocument Document(Random random, DocumentType type, Guid holderPersonId, string issuingAgency, Guid? officeId,
        string? caseType, Guid? caseId, DateOnly validFrom, DateOnly? validUntil, DateTime issuedAt, string issuedByName,
        Guid? replaces = null)
    {
        var year = MexicoCity.DateOf(issuedAt).Year;
        var key = (DocumentTypes.Prefix(type), issuingAgency, year);
        var sequence = _documentNumbers.GetValueOrDefault(key, 1);
        _documentNumbers[key] = sequence + 1;
        var id = NewId(random, issuedAt);
        return new IssuedDocument(id, type, DocumentNumbers.Format(type, issuingAgency, year, sequence), holderPersonId, issuingAgency,
            officeId, caseType, caseId, validFrom, validUntil, null, issuedAt, null, issuedByName, Codes.Create(id), replaces) { Version = 1 };
    }

    /// <summary>An audit line with the run's id scheme (who: the agency, no user: the records were loaded, not typed).</summary>
    public static AuditEntry Audit(Random random, DateTime at, string agency, string action, string entityType, string recordId,
        string? before, string? after)
    {
        var entry = new AuditEntry(at, null, "generate", agency, action, entityType, recordId, before, after);
        Rekey(entry, nameof(AuditEntry.Id), NewId(random, at));
        return entry;
    }

    /// <summary>The entity's column values as the audit interceptor writes them for a "create" line.</summary>
    public string Snapshot(object entity) => _snapshots.Of(entity);

    private int NextFolio(string agency, DateTime sentAt)
    {
        var key = (agency, MexicoCity.DateOf(sentAt).Year);
        var sequence = _folios.GetValueOrDefault(key, 1);
        _folios[key] = sequence + 1;
        return sequence;
    }

    /// <summary>Builds the context: the calendar with its closures, the offices, and the counters as they stand.</summary>
    internal static async Task<SyntheticContext> LoadAsync(RutaDbContext db, LegalCalendarProvider calendars, DocumentVerificationCodes codes,
        DateOnly asOf, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(db, ct);
        var offices = await db.Set<Office>().AsNoTracking().ToListAsync(ct);
        var folios = await db.Set<NoticeFolioCounter>().AsNoTracking()
            .ToDictionaryAsync(c => (c.AgencyCode, c.Year), c => c.Next, ct);
        var numbers = await db.Set<DocumentNumberCounter>().AsNoTracking()
            .ToDictionaryAsync(c => (c.Series, c.AgencyCode, c.Year), c => c.Next, ct);
        return new SyntheticContext(db.Model, asOf, calendar, codes, offices, folios, numbers);
    }

    /// <summary>Moves the folio and document-number counters past every number the run used.</summary>
    internal async Task SaveCountersAsync(RutaDbContext db, CancellationToken ct)
    {
        var folios = await db.Set<NoticeFolioCounter>().ToListAsync(ct);
        foreach (var ((agency, year), next) in _folios)
        {
            var counter = folios.FirstOrDefault(c => c.AgencyCode == agency && c.Year == year);
            if (counter is null)
            {
                db.Add(new NoticeFolioCounter { AgencyCode = agency, Year = year, Next = next });
            }
            else
            {
                counter.Next = Math.Max(counter.Next, next);
            }
        }

        var numbers = await db.Set<DocumentNumberCounter>().ToListAsync(ct);
        foreach (var ((series, agency, year), next) in _documentNumbers)
        {
            var counter = numbers.FirstOrDefault(c => c.Series == series && c.AgencyCode == agency && c.Year == year);
            if (counter is null)
            {
                db.Add(new DocumentNumberCounter { Series = series, AgencyCode = agency, Year = year, Next = next });
            }
            else
            {
                counter.Next = Math.Max(counter.Next, next);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static class Setters<T>
    {
        private static readonly Dictionary<string, PropertyInfo> Properties =
            typeof(T).GetProperties(BindingFlags.Instance | BindingFlags.Public).ToDictionary(p => p.Name, StringComparer.Ordinal);

        public static PropertyInfo Get(string name) =>
            Properties.TryGetValue(name, out var property) && property.CanWrite
                ? property
                : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{typeof(T).Name}.{name} has no setter."));
    }
}
