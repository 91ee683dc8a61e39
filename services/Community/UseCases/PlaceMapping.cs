using System.Globalization;
using Suite.Community.Model;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

public static class PlaceMapping
{
    public static Proto.Place ToProto(this PlaceRecord p) => new()
    {
        Id = p.Id, Name = p.Name, Kind = p.Kind, AreaCode = p.AreaCode, Keeper = p.Keeper, Phone = p.Phone, OpeningHours = p.OpeningHours, Host = p.Host,
        Active = p.Active, Etag = p.Version.ToString(CultureInfo.InvariantCulture),
    };
}
