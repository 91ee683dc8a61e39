using System.Collections;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Suite.ServiceDefaults.Security;

namespace Suite.ServiceDefaults.Persistence;

/// <summary>
/// Inserts many new rows of one entity type through a single prepared command, inside the context's current
/// transaction, and assigns the generated keys. For bulk paths only (the survey import, the outbox): EF's change
/// tracker costs several hundred microseconds per wide row, a prepared insert tens. Columns, value conversions and
/// JSON-mapped owned collections come from the EF model, so rows are stored exactly as SaveChanges would store them;
/// protected fields are sealed as <see cref="FieldProtectionInterceptor"/> seals them. Entities are not tracked.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(this DbContext db, IReadOnlyList<T> entities, CancellationToken cancellationToken) where T : class
    {
        if (entities.Count == 0)
        {
            return;
        }
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("BulkInsert runs inside a transaction the caller commits.");
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        // A single database-generated key is read back (RETURNING / OUTPUT); other keys are written as given.
        var key = entityType.FindPrimaryKey()!.Properties is [var single] && single.ValueGenerated != ValueGenerated.Never ? single : null;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = Columns(entityType, key, table);
        var sql = db.GetService<ISqlGenerationHelper>();

        if (typeof(IProtectedFields).IsAssignableFrom(typeof(T)))
        {
            var protector = FieldProtectionInterceptor.ProtectorOf(db);
            foreach (var entity in entities)
            {
                ((IProtectedFields)entity).Seal(protector);
            }
        }

        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var names = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)));
        var values = string.Join(", ", columns.Select((_, i) => "@p" + i));
        var target = sql.DelimitIdentifier(table.Name, table.Schema);
        var keyColumn = key is null ? null : sql.DelimitIdentifier(key.GetColumnName(table)!);
        command.CommandText = keyColumn is null ? $"INSERT INTO {target} ({names}) VALUES ({values})"
            : db.Database.IsSqlServer() ? $"INSERT INTO {target} ({names}) OUTPUT INSERTED.{keyColumn} VALUES ({values})"
            : $"INSERT INTO {target} ({names}) VALUES ({values}) RETURNING {keyColumn}";
        var parameters = columns.Select((c, i) => c.CreateParameter(command, "@p" + i, c.ValueOf(entities[0]))).ToArray();
        command.Parameters.AddRange(parameters);
        await command.PrepareAsync(cancellationToken);

        var setKey = key?.PropertyInfo;
        foreach (var entity in entities)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].ProviderValueOf(entity);
            }
            if (setKey is null)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
                continue;
            }
            var id = await command.ExecuteScalarAsync(cancellationToken);
            setKey.SetValue(entity, Convert.ChangeType(id, setKey.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static List<Column> Columns(IEntityType entityType, IProperty? generatedKey, StoreObjectIdentifier table)
    {
        var columns = entityType.GetProperties()
            .Where(p => p != generatedKey)
            .Select(p => (Column)new ScalarColumn(p.GetColumnName(table)!, p))
            .ToList();
        foreach (var navigation in entityType.GetNavigations().Where(n => n.TargetEntityType.IsMappedToJson()))
        {
            columns.Add(new JsonColumn(navigation.TargetEntityType.GetContainerColumnName()!, navigation));
        }
        return columns;
    }

    private abstract record Column(string Name)
    {
        public abstract object? ValueOf(object entity);

        public abstract object ProviderValueOf(object entity);

        public abstract DbParameter CreateParameter(DbCommand command, string name, object? value);
    }

    private sealed record ScalarColumn(string Name, IProperty Property) : Column(Name)
    {
        private readonly RelationalTypeMapping _mapping = (RelationalTypeMapping)Property.GetTypeMapping();
        private readonly IClrPropertyGetter _getter = Property.GetGetter();

        public override object? ValueOf(object entity) => _getter.GetClrValue(entity);

        public override object ProviderValueOf(object entity)
        {
            var value = ValueOf(entity);
            return (_mapping.Converter is { } converter && value is not null ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
        }

        public override DbParameter CreateParameter(DbCommand command, string name, object? value) =>
            _mapping.CreateParameter(command, name, value, Property.IsNullable);
    }

    /// <summary>An owned collection mapped to one JSON column, written with each property's own JSON writer as EF writes it.</summary>
    private sealed record JsonColumn(string Name, INavigation Navigation) : Column(Name)
    {
        private readonly IProperty[] _properties = Navigation.TargetEntityType.GetProperties().Where(p => p.GetJsonPropertyName() is not null).ToArray();

        public override object? ValueOf(object entity) => Json(Navigation.GetGetter().GetClrValue(entity));

        public override object ProviderValueOf(object entity) => ValueOf(entity) ?? DBNull.Value;

        public override DbParameter CreateParameter(DbCommand command, string name, object? value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            return parameter;
        }

        private string? Json(object? value)
        {
            if (value is null)
            {
                return null;
            }
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartArray();
                foreach (var item in (IEnumerable)value)
                {
                    writer.WriteStartObject();
                    foreach (var property in _properties)
                    {
                        writer.WritePropertyName(property.GetJsonPropertyName()!);
                        var propertyValue = property.GetGetter().GetClrValue(item);
                        if (propertyValue is null)
                        {
                            writer.WriteNullValue();
                        }
                        else
                        {
                            (property.GetJsonValueReaderWriter() ?? property.GetTypeMapping().JsonValueReaderWriter)!.ToJson(writer, propertyValue);
                        }
                    }
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            return Encoding.UTF8.GetString(buffer.ToArray());
        }
    }
}
