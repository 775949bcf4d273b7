using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;
using Ruta.Web.Kernel.Audit;

namespace Ruta.Web.Kernel.Synthetic;

/// <summary>
/// The "after" JSON of a create line, shaped as <see cref="AuditingInterceptor"/> writes it (every
/// mapped property by name, sorted, enums by name), read with compiled getters instead of a change tracker.
/// </summary>
internal sealed class AuditSnapshots(IModel model)
{
    private readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Get)[]> _getters = new();

    public string Of(object entity)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, get) in _getters.GetOrAdd(entity.GetType(), Build))
        {
            values[name] = get(entity);
        }

        return JsonSerializer.Serialize(values, AuditJson.Options);
    }

    private (string, Func<object, object?>)[] Build(Type type)
    {
        var entityType = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not mapped.");
        return [.. entityType.GetProperties().Select(p => (p.Name, Getter(type, p)))];
    }

    internal static Func<object, object?> Getter(Type type, IProperty property)
    {
        if (property.PropertyInfo is not { } info)
        {
            throw new InvalidOperationException($"{type.Name}.{property.Name} is a shadow property; the bulk path needs CLR properties.");
        }

        var entity = Expression.Parameter(typeof(object));
        var body = Expression.Convert(Expression.Property(Expression.Convert(entity, type), info), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, entity).Compile();
    }
}
