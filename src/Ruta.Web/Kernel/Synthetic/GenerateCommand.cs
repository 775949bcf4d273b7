using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Kernel.Synthetic;

/// <summary>
/// `ruta generate --persons N [--seed S] [--as-of YYYY-MM-DD] [--batch B]`: fills the configured
/// database (SQLite or PostgreSQL) with a synthetic national caseload made by every registered
/// <see cref="ISyntheticDataPart"/>. The same seed and reference date give the same data, ids
/// included. Generation (one thread) and writing (binary COPY on PostgreSQL, batched transactions
/// on SQLite) overlap; a line of progress is printed every two seconds.
/// </summary>
public static class GenerateCommand
{
    public const int DefaultBatch = 5_000;

    public sealed record Options(int Persons, int Seed, DateOnly? AsOf, int Batch);

    /// <summary>What a run wrote.</summary>
    public sealed record Summary(int Persons, long Rows, IReadOnlyDictionary<string, long> RowsByTable, TimeSpan Elapsed);

    public static async Task<int> RunAsync(IServiceProvider root, string[] args, TextWriter output)
    {
        if (Parse(args, out var error) is not { } options)
        {
            await output.WriteLineAsync(error);
            await output.WriteLineAsync("Uso: generate --persons N [--seed S] [--as-of AAAA-MM-DD] [--batch B]");
            return 2;
        }

        try
        {
            var summary = await GenerateAsync(root, options, output, CancellationToken.None);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"generate: {summary.Persons} personas, {summary.Rows} filas en {summary.Elapsed.TotalSeconds:F1} s " +
                $"({summary.Persons / Math.Max(0.001, summary.Elapsed.TotalSeconds):F0} personas/s, {summary.Rows / Math.Max(0.001, summary.Elapsed.TotalSeconds):F0} filas/s)"));
            foreach (var (table, rows) in summary.RowsByTable.OrderByDescending(t => t.Value))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {table,-36} {rows,12}"));
            }

            return 0;
        }
        catch (SeedAlreadyLoadedException e)
        {
            await output.WriteLineAsync(e.Message);
            return 1;
        }
    }

    public static Options? Parse(string[] args, out string error)
    {
        error = "";
        int? persons = null;
        var seed = 1;
        var batch = DefaultBatch;
        DateOnly? asOf = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--persons" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    persons = n;
                    i++;
                    break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                case "--batch" when int.TryParse(value, CultureInfo.InvariantCulture, out var b) && b is >= 10 and <= 100_000:
                    batch = b;
                    i++;
                    break;
                case "--as-of" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d):
                    asOf = d;
                    i++;
                    break;
                default:
                    error = $"Argumento no reconocido o inválido: {args[i]}";
                    return null;
            }
        }

        if (persons is null)
        {
            error = "Indique cuántas personas generar: --persons N.";
            return null;
        }

        return new Options(persons.Value, seed, asOf, batch);
    }

    public static async Task<Summary> GenerateAsync(IServiceProvider root, Options options, TextWriter? output, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<RutaDbContext>();
        var asOf = options.AsOf ?? MexicoCity.Today(services.GetRequiredService<TimeProvider>());
        var context = await SyntheticContext.LoadAsync(db, services.GetRequiredService<LegalCalendarProvider>(),
            services.GetRequiredService<DocumentVerificationCodes>(), asOf, ct);
        var parts = services.GetServices<ISyntheticDataPart>().OrderBy(p => p.Order).ToList();
        foreach (var part in parts)
        {
            await part.PrepareAsync(context, ct);
        }

        var batches = (options.Persons + options.Batch - 1) / options.Batch;
        var channel = Channel.CreateBounded<SyntheticBatch>(new BoundedChannelOptions(3) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(async () =>
        {
            try
            {
                for (var i = 0; i < batches; i++)
                {
                    var target = Math.Min(options.Batch, options.Persons - i * options.Batch);
                    var batch = new SyntheticBatch(i, new Random(BatchSeed(options.Seed, i)), context, target);
                    foreach (var part in parts)
                    {
                        part.Generate(batch);
                    }

                    await channel.Writer.WriteAsync(batch, stop.Token);
                }

                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
                throw;
            }
        }, stop.Token);

        var rowsByTable = new Dictionary<string, long>(StringComparer.Ordinal);
        long rows = 0;
        var persons = 0;
        var lastReport = TimeSpan.Zero;
        await using (var sink = BulkSinks.For(db, services.GetRequiredService<DatabaseOptions>()))
        {
            try
            {
                await ConsumeAsync();
            }
            catch
            {
                // The writer failed: stop the generator too (it may be waiting for room in the channel).
                await stop.CancelAsync();
                throw;
            }

            await producer;
            await sink.FinishAsync(ct);

            async Task ConsumeAsync()
            {
                await foreach (var batch in channel.Reader.ReadAllAsync(ct))
                {
                    if (batch.Index == 0 && batch.Households.Count > 0)
                    {
                        var first = batch.Households[0].Head.Person.Id;
                        if (await db.Set<Person>().AnyAsync(p => p.Id == first, ct))
                        {
                            throw new SeedAlreadyLoadedException(
                                $"Esta base ya tiene los datos de la semilla {options.Seed} (persona {first}). Use otra semilla o una base vacía.");
                        }
                    }

                    await sink.WriteAsync(batch.Rows, ct);
                    persons += batch.PersonCount;
                    rows += batch.Rows.Count;
                    foreach (var (type, list) in batch.Rows.Tables)
                    {
                        rowsByTable[type.Name] = rowsByTable.GetValueOrDefault(type.Name) + list.Count;
                    }

                    if (output is not null && (stopwatch.Elapsed - lastReport > TimeSpan.FromSeconds(2) || persons >= options.Persons))
                    {
                        lastReport = stopwatch.Elapsed;
                        var rate = persons / Math.Max(0.001, stopwatch.Elapsed.TotalSeconds);
                        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                            $"generate: {persons}/{options.Persons} personas ({100.0 * persons / options.Persons:F0} %), {rows} filas, " +
                            $"{rate:F0} personas/s, faltan ~{(options.Persons - persons) / Math.Max(1, rate):F0} s"));
                    }
                }
            }
        }

        await context.SaveCountersAsync(db, ct);
        return new Summary(persons, rows, rowsByTable, stopwatch.Elapsed);
    }

    /// <summary>A batch's seed from the run's seed and its index (SplitMix64): stable across runs and machines.</summary>
    internal static int BatchSeed(int seed, int index)
    {
        var z = unchecked(((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    private sealed class SeedAlreadyLoadedException(string message) : Exception(message);
}

/// <summary>Registers the kernel's part of the synthetic dataset.</summary>
public static class SyntheticDataModule
{
    public static IServiceCollection AddSyntheticData(this IServiceCollection services) =>
        services.AddSingleton<ISyntheticDataPart, SyntheticPersons>();
}
