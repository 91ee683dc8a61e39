using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Community.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>
/// suite community places | counselling | volunteers | organisations | activities | commendation | participation | stats:
/// one group per area of the Community service, each in its own Community*Commands class.
/// </summary>
public static class CommunityCommands
{
    public static Command Create(CliContext context)
    {
        var community = new Command("community", "Community (妇联牵头): places, counselling, volunteers and social organisations, activities, commendation, village self-government");
        community.Subcommands.Add(Group("places", "The register of places (阵地: 妇女之家, 儿童之家, 心理咨询点…)", PlaceAdd(context), Places(context), PlaceUpdate(context)));
        foreach (var group in CommunityAreaCommands.All(context))
        {
            community.Subcommands.Add(group);
        }
        return community;
    }

    /// <summary>A group of subcommands under "suite community".</summary>
    public static Command Group(string name, string description, params Command[] commands)
    {
        var group = new Command(name, description);
        foreach (var command in commands)
        {
            group.Subcommands.Add(command);
        }
        return group;
    }

    public static PlaceService.PlaceServiceClient PlaceClient(Connection connection) => new(connection.Channel(ResourceNames.Community));

    private static Command PlaceAdd(CliContext context)
    {
        var name = new Option<string>("--name") { Required = true, Description = "Place name" };
        var kind = new Option<string>("--kind") { Required = true, Description = CommunityLabels.Place.Choices };
        var area = new Option<string>("--area") { Required = true, Description = "Township (9) or village (12 digits) code" };
        var keeper = new Option<string>("--keeper") { Required = true, Description = "Who keeps it" };
        var phone = new Option<string>("--phone") { Description = "The keeper's telephone", DefaultValueFactory = _ => "" };
        var hours = new Option<string>("--hours") { Description = "Opening times as posted", DefaultValueFactory = _ => "" };
        var host = new Option<string>("--host") { Description = "The institution it belongs to (e.g. a township health centre)", DefaultValueFactory = _ => "" };
        var command = new Command("add", "Record a place") { name, kind, area, keeper, phone, hours, host };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var place = await PlaceClient(connection).CreatePlaceAsync(new CreatePlaceRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Place = new Place
                {
                    Name = parse.GetValue(name)!, Kind = EnumText.Parse(CommunityLabels.Place, parse.GetValue(kind)!, "--kind"), AreaCode = parse.GetValue(area)!,
                    Keeper = parse.GetValue(keeper)!, Phone = parse.GetValue(phone)!, OpeningHours = parse.GetValue(hours)!, Host = parse.GetValue(host)!,
                },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Place {0} recorded: {1} ({2}, {3})", place.Id, place.Name, Words.Name(CommunityLabels.Place, place.Kind), await new AreaNames(connection, ct).LabelAsync(place.AreaCode)));
        });
        return command;
    }

    private static Command Places(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var kind = new Option<string?>("--kind") { Description = CommunityLabels.Place.Choices };
        var limit = Pages.LimitOption();
        var command = new Command("list", "Places of an area") { area, kind, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var only = parse.GetValue(kind) is { } k ? EnumText.Parse(CommunityLabels.Place, k, "--kind") : PlaceKind.Unspecified;
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => PlaceClient(connection).ListPlacesAsync(new ListPlacesRequest { AreaCode = parse.GetValue(area)!, Kind = only, PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Places, p => p.NextPageToken);
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(p => p.AreaCode));
            var table = Tables.With("Id", "Place", "Kind", "Area", "Keeper", "Telephone", "Opening times", "In use");
            foreach (var p in list.Items)
            {
                table.AddRow(p.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(p.Name), Words.Name(CommunityLabels.Place, p.Kind), Markup.Escape(areas.Label(p.AreaCode)),
                    Markup.Escape(p.Keeper), Markup.Escape(p.Phone), Markup.Escape(p.OpeningHours), Words.T(p.Active ? "yes" : "no"));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command PlaceUpdate(CliContext context)
    {
        var id = new Option<long>("--id") { Required = true, Description = "Place id" };
        var keeper = new Option<string?>("--keeper") { Description = "New keeper" };
        var phone = new Option<string?>("--phone") { Description = "New telephone" };
        var hours = new Option<string?>("--hours") { Description = "New opening times" };
        var closed = new Option<bool>("--closed") { Description = "No longer in use" };
        var command = new Command("update", "Change a place's keeper, telephone, opening times, or close it") { id, keeper, phone, hours, closed };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = PlaceClient(connection);
            var place = await client.GetPlaceAsync(new GetPlaceRequest { Id = parse.GetValue(id) }, connection.Headers(), cancellationToken: ct);
            place = await client.UpdatePlaceAsync(new UpdatePlaceRequest
            {
                Id = place.Id, Etag = place.Etag, Keeper = parse.GetValue(keeper) ?? place.Keeper, Phone = parse.GetValue(phone) ?? place.Phone,
                OpeningHours = parse.GetValue(hours) ?? place.OpeningHours, Active = !parse.GetValue(closed),
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Place {0} updated: {1}, keeper {2}, {3}", place.Id, place.Name, place.Keeper, Words.T(place.Active ? "in use" : "closed")));
        });
        return command;
    }
}
