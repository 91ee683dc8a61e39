namespace Suite.Registry.FunctionalTests;

public sealed class WorkforceTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private static StaffMember Staff(string area = SampleForms.RuralVillage) => new()
    {
        Name = "李春华", AreaCode = area, Position = "村妇联主席", Employment = Employment.PartTime, Phone = "13800138001",
        Duties = { Duty.Collection, Duty.Ledger }, Active = true,
    };

    [Fact]
    public async Task Designate_read_list_and_update_staff()
    {
        var request = new CreateStaffMemberRequest { RequestId = Guid.NewGuid().ToString(), StaffMember = Staff() };
        var created = await registry.Workforce.CreateStaffMemberAsync(request);
        Assert.Equal(created.Id, (await registry.Workforce.CreateStaffMemberAsync(request)).Id);
        Assert.Equal(created, await registry.Workforce.GetStaffMemberAsync(new GetStaffMemberRequest { Id = created.Id }));

        var township = await registry.Workforce.CreateStaffMemberAsync(new CreateStaffMemberRequest
        {
            RequestId = Guid.NewGuid().ToString(), StaffMember = Staff(SampleForms.Township),
        });
        var list = await registry.Workforce.ListStaffMembersAsync(new ListStaffMembersRequest { AreaCode = SampleForms.Township, PageSize = 500 });
        Assert.Contains(list.StaffMembers, s => s.Id == created.Id);
        Assert.Contains(list.StaffMembers, s => s.Id == township.Id);

        var handOver = created.Clone();
        handOver.Active = false;
        handOver.Employment = Employment.FullTime;
        var updated = await registry.Workforce.UpdateStaffMemberAsync(new UpdateStaffMemberRequest { StaffMember = handOver });
        Assert.Equal((false, Employment.FullTime, "2"), (updated.Active, updated.Employment, updated.Etag));
        await RpcAssert.FailsWith(StatusCode.Aborted, () => registry.Workforce.UpdateStaffMemberAsync(new UpdateStaffMemberRequest { StaffMember = handOver }).ResponseAsync);
    }

    [Fact]
    public async Task Invalid_staff_and_unknown_ids_are_refused()
    {
        var bad = Staff("231025");
        bad.Phone = "";
        bad.Duties.Clear();
        bad.Employment = Employment.Unspecified;
        await RpcAssert.InvalidFields(() => registry.Workforce.CreateStaffMemberAsync(new CreateStaffMemberRequest { RequestId = "r", StaffMember = bad }).ResponseAsync,
            "staff_member.area_code", "staff_member.phone", "staff_member.duties", "staff_member.employment");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => registry.Workforce.GetStaffMemberAsync(new GetStaffMemberRequest { Id = 99999 }).ResponseAsync);
        var ghost = Staff();
        ghost.Id = 99999;
        ghost.Etag = "1";
        await RpcAssert.FailsWith(StatusCode.NotFound, () => registry.Workforce.UpdateStaffMemberAsync(new UpdateStaffMemberRequest { StaffMember = ghost }).ResponseAsync);
        await RpcAssert.InvalidFields(() => registry.Workforce.ListStaffMembersAsync(new ListStaffMembersRequest { AreaCode = "2" }).ResponseAsync, "area_code");
    }

    [Fact]
    public async Task A_staff_phone_is_stored_encrypted_and_shown_masked_without_the_reveal_permission()
    {
        var staff = Staff();
        staff.Phone = "13912345678";
        var created = await registry.Workforce.CreateStaffMemberAsync(new CreateStaffMemberRequest { RequestId = Guid.NewGuid().ToString(), StaffMember = staff });
        Assert.Equal("13912345678", created.Phone); // the admin holds pii.reveal

        var village = new WorkforceService.WorkforceServiceClient(registry.ChannelFor(TestTokens.VillageStaff));
        var seen = await village.GetStaffMemberAsync(new GetStaffMemberRequest { Id = created.Id });
        Assert.Equal("139****5678", seen.Phone);
        var listed = await village.ListStaffMembersAsync(new ListStaffMembersRequest { AreaCode = SampleForms.RuralVillage, PageSize = 500 });
        Assert.All(listed.StaffMembers, s => Assert.Contains("****", s.Phone));

        // Sending back the masked number it read keeps the number; a mask that is not hers is refused.
        var county = new WorkforceService.WorkforceServiceClient(registry.ChannelFor(TestTokens.CountyOfficer));
        var read = await county.GetStaffMemberAsync(new GetStaffMemberRequest { Id = created.Id });
        var kept = read.Clone();
        kept.Phone = "139****5678";
        kept.Position = "村妇联副主席";
        Assert.Equal("村妇联副主席", (await county.UpdateStaffMemberAsync(new UpdateStaffMemberRequest { StaffMember = kept })).Position);
        Assert.Equal("13912345678", (await registry.Workforce.GetStaffMemberAsync(new GetStaffMemberRequest { Id = created.Id })).Phone);

        Assert.DoesNotContain("13912345678", DatabaseFile.RawText(registry.DatabasePath));
    }
}
