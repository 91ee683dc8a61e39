using Bunit;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;
using Suite.Web.Calls;
using Suite.Web.Components.Shared;
using Xunit;

namespace Suite.Web.Tests;

public sealed class ComponentTests : BunitContext
{
    public ComponentTests()
    {
        Services.AddFluentUIComponents();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void A_to_do_card_shows_its_count_a_plus_when_more_follow_and_the_link_to_act()
    {
        var card = Render<TodoCard>(p => p.Add(c => c.Id, "visits-due").Add(c => c.Title, "七天内应探访").Add(c => c.Count, 50).Add(c => c.More, true).Add(c => c.Href, "/visits"));
        Assert.Equal("50+", card.Find("[data-count=visits-due]").TextContent);
        Assert.Equal("/visits", card.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void A_card_whose_department_is_away_says_so_instead_of_a_count()
    {
        var away = new CallProblem(StatusCode.Unavailable, "法律援助暂时连接不上，页面其他部分照常可用。", new Dictionary<string, string>());
        var card = Render<TodoCard>(p => p.Add(c => c.Id, "matters").Add(c => c.Title, "红黄事项跟进逾期").Add(c => c.Problem, away));
        Assert.Contains("暂时连接不上", card.Markup);
        Assert.Empty(card.FindAll("[data-count]"));
    }

    [Fact]
    public void A_field_error_appears_only_for_its_field()
    {
        var problem = new CallProblem(StatusCode.InvalidArgument, "请求无效", new Dictionary<string, string> { ["visitor"] = "走访人 不能为空" });
        Assert.Equal("走访人 不能为空", Render<FieldError>(p => p.Add(c => c.Problem, problem).Add(c => c.Field, "visitor")).Find("#error-visitor").TextContent);
        Assert.Empty(Render<FieldError>(p => p.Add(c => c.Problem, problem).Add(c => c.Field, "note")).Markup.Trim());
    }
}
