using System.Collections;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Suite.Security;

namespace Suite.Persistence;

/// <summary>
/// One prepared insert of <typeparamref name="T"/> on the context's open connection, kept for as long as the
/// connection (a long-lived writer such as the audit log prepares once instead of once per group).
/// </summary>
public sealed class PreparedInsert<T> : IAsyncDisposable where T : class
{
    private readonly DbContext _db;
    private readonly DbCommand _command;
    private readonly List<Column> _columns;
    private readonly DbParameter[] _parameters;
    private readonly System.Reflection.PropertyInfo? _setKey;

    private PreparedInsert(DbContext db, DbCommand command, List<Column> columns, DbParameter[] parameters, System.Reflection.PropertyInfo? setKey)
    {
        (_db, _command, _columns, _parameters, _setKey) = (db, command, columns, parameters, setKey);
    }

    public static async Task<PreparedInsert<T>> CreateAsync(DbContext db, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("BulkInsert runs inside a transaction the caller commits.");
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        // A single database-generated key is read back (RETURNING / OUTPUT); other keys are written as given.
        var key = entityType.FindPrimaryKey()!.Properties is [var single] && single.ValueGenerated != ValueGenerated.Never ? single : null;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = Columns(entityType, key, table);
        var sql = db.GetService<ISqlGenerationHelper>();

        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var names = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)));
        var values = string.Join(", ", columns.Select((_, i) => "@p" + i));
        var target = sql.DelimitIdentifier(table.Name, table.Schema);
        var keyColumn = key is null ? null : sql.DelimitIdentifier(key.GetColumnName(table)!);
        command.CommandText = keyColumn is null ? $"INSERT INTO {target} ({names}) VALUES ({values})"
            : db.Database.IsSqlServer() ? $"INSERT INTO {target} ({names}) OUTPUT INSERTED.{keyColumn} VALUES ({values})"
            : $"INSERT INTO {target} ({names}) VALUES ({values}) RETURNING {keyColumn}";
        var parameters = columns.Select((c, i) => c.CreateParameter(command, "@p" + i)).ToArray();
        command.Parameters.AddRange(parameters);
        await command.PrepareAsync(cancellationToken);
        return new PreparedInsert<T>(db, command, columns, parameters, key?.PropertyInfo);
    }

    /// <summary>Inserts <paramref name="entities"/> in the context's current transaction and sets their generated keys.</summary>
    public async Task RunAsync(IReadOnlyList<T> entities, CancellationToken cancellationToken)
    {
        _command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("BulkInsert runs inside a transaction the caller commits.");
        if (typeof(IProtectedFields).IsAssignableFrom(typeof(T)))
        {
            var protector = FieldProtectionInterceptor.ProtectorOf(_db);
            foreach (var entity in entities)
            {
                ((IProtectedFields)entity).Seal(protector);
            }
        }
        foreach (var entity in entities)
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                _parameters[i].Value = _columns[i].ProviderValueOf(entity);
            }
            if (_setKey is null)
            {
                await _command.ExecuteNonQueryAsync(cancellationToken);
                continue;
            }
            var id = await _command.ExecuteScalarAsync(cancellationToken);
            _setKey.SetValue(entity, Convert.ChangeType(id, _setKey.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();

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
        public abstract object ProviderValueOf(object entity);

        public abstract DbParameter CreateParameter(DbCommand command, string name);
    }

    private sealed record ScalarColumn(string Name, IProperty Property) : Column(Name)
    {
        private readonly RelationalTypeMapping _mapping = (RelationalTypeMapping)Property.GetTypeMapping();
        private readonly IClrPropertyGetter _getter = Property.GetGetter();

        public override object ProviderValueOf(object entity)
        {
            var value = _getter.GetClrValue(entity);
            return (_mapping.Converter is { } converter && value is not null ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
        }

        // Typed by the column's mapping (size, precision, DbType on SQL Server); the value is bound per row.
        public override DbParameter CreateParameter(DbCommand command, string name) =>
            _mapping.CreateParameter(command, name, null, Property.IsNullable);
    }

    /// <summary>An owned collection mapped to one JSON column, written with each property's own JSON writer as EF writes it.</summary>
    private sealed record JsonColumn(string Name, INavigation Navigation) : Column(Name)
    {
        private readonly IProperty[] _properties = Navigation.TargetEntityType.GetProperties().Where(p => p.GetJsonPropertyName() is not null).ToArray();

        public override object ProviderValueOf(object entity) => (object?)Json(Navigation.GetGetter().GetClrValue(entity)) ?? DBNull.Value;

        public override DbParameter CreateParameter(DbCommand command, string name)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = DBNull.Value;
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
