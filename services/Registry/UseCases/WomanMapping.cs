using Google.Protobuf.WellKnownTypes;
using Suite.Contracts.Common;
using Suite.Domain;
using Suite.Registry.Model;
using Suite.Registry.Rules;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.Registry.V1;

namespace Suite.Registry.UseCases;

/// <summary>Between the wire <see cref="Proto.Woman"/> and the stored <see cref="Woman"/>.</summary>
public static class WomanMapping
{
    /// <summary>The stored record as sent to clients. <c>left_behind</c> depends on today and is set by <see cref="WithLeftBehind"/>.</summary>
    public static Proto.Woman ToProto(this Woman w)
    {
        var proto = new Proto.Woman
        {
            Id = w.Id,
            Etag = w.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Name = w.Name,
            ResidentIdNumber = w.ResidentIdNumber,
            Ethnicity = w.Ethnicity,
            BirthDate = Date.From(w.BirthDate),
            Phone = w.Phone,
            VillageCode = w.VillageCode,
            CountyCode = AreaCode.CountyOf(w.VillageCode),
            TownshipCode = AreaCode.TownshipOf(w.VillageCode),
            VillageRural = w.InRuralVillage,
            Address = w.Address,
            Education = w.Education,
            Health = w.Health,
            DisabilityCategory = w.DisabilityCategory,
            DisabilityGrade = w.DisabilityGrade,
            EconomicStatus = w.EconomicStatus,
            Husband = new Proto.Husband
            {
                Name = w.HusbandName,
                WorkPlace = w.HusbandWorkPlace,
                WorkLocation = w.HusbandWorkLocation,
                DepartureDate = Date.From(w.HusbandDepartureDate),
                ContactFrequency = w.HusbandContactFrequency,
            },
            HouseholdMembers = { w.HouseholdMembers.Select(m => new Proto.HouseholdMember
            {
                Relation = m.Relation, Name = m.Name, BirthDate = Date.From(m.BirthDate), Schooling = m.Schooling, Note = m.Note,
            }) },
            ContractedLandMu = w.ContractedLandMu,
            EmploymentStatus = w.EmploymentStatus,
            Skills = { w.Skills },
            Needs = { w.FormNeeds.ToNeeds() },
            ConsentToShare = w.ConsentToShare,
            ConsentToShareHealth = w.ConsentToShareHealth,
            CollectedBy = w.CollectedBy,
            CollectedOn = Date.From(w.CollectedOn),
            Status = w.Status,
            LeftBehindSince = Date.From(w.LeftBehindSince),
            Priority = w.Priority,
            PriorityReasons = { PriorityRule.Reasons(w.EconomicStatus, w.Health).Select(PriorityRule.Words) },
            CreateTime = w.CreatedAt.ToUtcTimestamp(),
            UpdateTime = w.UpdatedAt.ToUtcTimestamp(),
            NextVisitDate = Date.From(w.NextVisitDate),
        };
        if (w.Status == Proto.LedgerStatus.Exited)
        {
            proto.Exit = new Proto.ExitInfo { Reason = w.ExitReason, EffectiveDate = Date.From(w.ExitDate), Note = w.ExitNote };
        }
        if (w.AssessedOn is not null)
        {
            proto.Assessment = new Proto.Assessment
            {
                Level = w.AssessedLevel,
                Needs = { w.AssessedNeeds.ToNeeds() },
                NextVisitDate = Date.From(w.NextVisitDate),
                AssessedOn = Date.From(w.AssessedOn),
                AssessedBy = w.AssessedBy,
                Notes = w.AssessmentNotes,
            };
        }
        return proto;
    }

    /// <summary>Sets <c>left_behind</c> for today: computed on every read, so cached records stay right as time passes.</summary>
    public static Proto.Woman WithLeftBehind(this Proto.Woman w, DateOnly today)
    {
        DateOnly? since = w.LeftBehindSince is { } d ? d.ToDateOnly() : null;
        w.LeftBehind = LeftBehindRule.IsLeftBehind(since, w.VillageRural, w.Status == Proto.LedgerStatus.Active, today);
        return w;
    }

    /// <summary>Copies a validated collection form onto the stored record and refreshes what derives from it.</summary>
    public static void ApplyForm(this Woman w, ValidWomanForm form)
    {
        var p = form.Woman;
        w.Name = p.Name;
        w.ResidentIdNumber = form.ResidentIdNumber;
        w.BirthDate = form.BirthDate;
        w.Ethnicity = p.Ethnicity;
        w.Phone = p.Phone;
        w.VillageCode = p.VillageCode;
        w.InRuralVillage = form.Village.IsRural;
        w.Address = p.Address;
        w.Education = p.Education;
        w.Health = p.Health;
        w.DisabilityCategory = p.DisabilityCategory;
        w.DisabilityGrade = p.DisabilityGrade;
        w.EconomicStatus = p.EconomicStatus;
        w.HusbandName = p.Husband.Name;
        w.HusbandWorkPlace = p.Husband.WorkPlace;
        w.HusbandWorkLocation = p.Husband.WorkLocation;
        w.HusbandDepartureDate = p.Husband.DepartureDate.ToDateOnly();
        w.HusbandContactFrequency = p.Husband.ContactFrequency;
        w.HouseholdMembers = p.HouseholdMembers.Select(m => new HouseholdMember
        {
            Relation = m.Relation, Name = m.Name, BirthDate = m.BirthDate?.ToDateOnly(), Schooling = m.Schooling, Note = m.Note,
        }).ToList();
        w.ContractedLandMu = p.ContractedLandMu;
        w.EmploymentStatus = p.EmploymentStatus;
        w.Skills = [.. p.Skills];
        w.FormNeeds = NeedSets.Of(p.Needs);
        w.ConsentToShare = p.ConsentToShare;
        w.ConsentToShareHealth = p.ConsentToShareHealth;
        w.CollectedBy = p.CollectedBy;
        w.CollectedOn = p.CollectedOn.ToDateOnly();
        w.RefreshDerived();
    }

    /// <summary>Recomputes the stored derived columns: left-behind date, effective priority, all needs.</summary>
    public static void RefreshDerived(this Woman w)
    {
        w.LeftBehindSince = LeftBehindRule.QualifiesFrom(w.HusbandDepartureDate);
        w.Priority = PriorityRule.Effective(PriorityRule.Derived(w.EconomicStatus, w.Health), w.AssessedLevel);
        w.AllNeeds = w.FormNeeds | w.AssessedNeeds;
        w.NeedsPending = NeedReferralRule.Referable(w) != w.ReferredNeeds;
    }
}
