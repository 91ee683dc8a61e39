using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Suite.Contracts;
using Suite.Web.Calls;
using Suite.Web.Localization;
using Xunit;
using Status = Google.Rpc.Status;

namespace Suite.Web.Tests;

/// <summary>What a page shows when a service does not answer as hoped: Chinese a person can act on, fields by name.</summary>
public sealed class CallProblemTests
{
    /// <summary>The console's own words, read from its resources as the pages read them.</summary>
    public static readonly IStringLocalizer Text = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)
        .Create(typeof(ConsoleText));

    public CallProblemTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(ConsoleCulture.Chinese);

    private static RpcException Refusal(StatusCode code, string english, params IMessage[] details)
    {
        var status = new Status { Code = (int)code, Message = english };
        status.Details.AddRange(details.Select(Any.Pack));
        return status.ToRpcException();
    }

    [Fact]
    public void A_department_that_is_away_is_named_and_the_page_goes_on()
    {
        var problem = CallProblem.From(new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "connection refused")), ResourceNames.LegalAid, Text);
        Assert.True(problem.Away);
        Assert.Equal("法律援助暂时连接不上，页面其他部分照常可用。", problem.Message);
    }

    [Fact]
    public void The_services_own_Chinese_words_are_shown_and_each_field_gets_its_message()
    {
        var problem = CallProblem.From(Refusal(StatusCode.InvalidArgument, "Request is invalid",
            new LocalizedMessage { Locale = "zh-CN", Message = "请求无效：走访人 不能为空" },
            new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = "visit.visitor", Description = "is required" } } }), ResourceNames.Registry, Text);
        Assert.Equal("请求无效：走访人 不能为空", problem.Message);
        Assert.NotNull(problem.For("visitor"));
        Assert.DoesNotContain("visit.visitor", problem.For("visitor"));
        Assert.Null(problem.For("note"));
    }

    [Theory]
    [InlineData(StatusCode.Unauthenticated, "登录已过期或无效，请重新登录。")]
    [InlineData(StatusCode.PermissionDenied, "您的岗位无权办理此项。")]
    [InlineData(StatusCode.NotFound, "未找到，或不在您的辖区内。")]
    [InlineData(StatusCode.Internal, "妇女台账未能办理，请稍后再试。")]
    public void Without_the_services_words_the_status_is_said_in_Chinese(StatusCode code, string expected)
    {
        var problem = CallProblem.From(new RpcException(new Grpc.Core.Status(code, "something in English")), ResourceNames.Registry, Text);
        Assert.Equal(expected, problem.Message);
        Assert.DoesNotContain("English", problem.Message);
    }

    [Fact]
    public void In_English_the_console_says_it_in_English_and_asks_the_fields_in_English()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(ConsoleCulture.English);
        var away = CallProblem.From(new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "connection refused")), ResourceNames.LegalAid, Text);
        Assert.Equal("Legal aid cannot be reached at the moment; the rest of the page still works.", away.Message);

        var refused = CallProblem.From(Refusal(StatusCode.InvalidArgument, "Request is invalid",
            new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = "visit.visitor", Description = "is required" } } }), ResourceNames.Registry, Text);
        Assert.Equal("Visitor is required", refused.For("visitor"));
    }
}
