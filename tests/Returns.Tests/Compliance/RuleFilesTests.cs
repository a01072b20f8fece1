using System.Reflection;
using System.Text.Json;
using Returns.Orchestrations.Compliance;

namespace Returns.Tests.Compliance;

/// <summary>The shipped rule files (<c>rules/</c> beside the test assembly): they load, and they say what the facts say.</summary>
public sealed class RuleFilesTests
{
    private static readonly string RulesDirectory = Path.Combine(AppContext.BaseDirectory, "rules");
    private static readonly Lazy<ComplianceRuleBook> LazyBook = new(() => ComplianceRuleBook.Load(RulesDirectory));
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static readonly string[] Languages = ["en", "de", "fr", "es", "ja", "ko", "zh-Hant", "zh-Hans"];

    private static readonly string[] RequiredMarkets =
    [
        "EU", "DE", "GB", "US", "US-CA", "US-NY", "CA", "CA-ON", "CA-QC", "AU", "NZ", "JP", "KR", "CN", "TW", "HK", "SG",
        "BR", "MX", "IN",
    ];

    private static readonly string[] RequiredCustoms =
        ["EU", "GB", "US", "CA", "AU", "NZ", "JP", "KR", "CN", "TW", "HK", "SG", "BR", "MX", "IN"];

    private static ComplianceRuleBook Book => LazyBook.Value;

    [Fact]
    public void Load_ShippedRules_LoadsManifestAndEverySource()
    {
        Assert.Equal("2026.11.1", Book.Manifest.Version);
        Assert.Equal(new DateOnly(2026, 6, 30), Book.Manifest.FactsAsOf);
        foreach (var id in Enumerable.Range(1, 24).Concat(Enumerable.Range(30, 16)).Concat(Enumerable.Range(50, 11))
                     .Concat(Enumerable.Range(70, 7)).Concat(Enumerable.Range(80, 6)))
        {
            Assert.True(Book.Sources.TryGetValue($"S{id}", out var source), $"S{id} missing");
            Assert.NotEmpty(source!.Urls);
            Assert.All(source.Urls, u => Assert.StartsWith("http", u, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Markets_RequiredList_EveryMarketHasAFile()
    {
        foreach (var code in RequiredMarkets)
            Assert.True(Book.Market(code) is not null, $"market {code} missing");
        foreach (var code in RequiredCustoms)
            Assert.True(Book.CustomsFor(code) is { } c && c.Market == code, $"customs {code} missing");
    }

    [Theory]
    // market, kind, windowDays, windowUnit, windowStartsAt, returnPostage, refundDays, cited source
    [InlineData("EU", "withdrawal", 14, "calendarDays", "delivery", "consumerIfInformed", 14, "S1")]
    [InlineData("DE", "withdrawal", 14, "calendarDays", "delivery", "consumerIfInformed", 14, "S9")]
    [InlineData("GB", "withdrawal", 14, "calendarDays", "delivery", "consumerIfInformed", 14, "S5")]
    [InlineData("GB", "faulty", 30, "calendarDays", "delivery", "business", 14, "S8")]
    [InlineData("US", null, null, null, null, null, null, null)]
    [InlineData("US-CA", "default", 30, "calendarDays", "purchase", "sellerPolicy", null, "S10")]
    [InlineData("US-NY", "default", 30, "calendarDays", "purchase", "sellerPolicy", null, "S11")]
    [InlineData("CA", null, null, null, null, null, null, null)]
    [InlineData("CA-ON", "default", 7, "calendarDays", "purchase", "sellerPolicy", 15, "S12")]
    [InlineData("CA-QC", "default", 7, "calendarDays", "purchase", "business", 15, "S13")]
    [InlineData("AU", "faulty", null, "calendarDays", "delivery", "business", null, "S14")]
    [InlineData("NZ", "faulty", null, "calendarDays", "delivery", "business", null, "S15")]
    [InlineData("JP", "default", 8, "calendarDays", "delivery", "consumer", null, "S16")]
    [InlineData("KR", "withdrawal", 7, "calendarDays", "delivery", "consumer", 3, "S17")]
    [InlineData("KR", "faulty", 3, "months", "delivery", "business", 3, "S17")]
    [InlineData("CN", "withdrawal", 7, "calendarDays", "delivery", "consumer", 7, "S18")]
    [InlineData("TW", "withdrawal", 7, "calendarDays", "delivery", "business", 15, "S19")]
    [InlineData("HK", null, null, null, null, null, null, null)]
    [InlineData("SG", "faulty", 6, "months", "delivery", "business", null, "S21")]
    [InlineData("BR", "withdrawal", 7, "calendarDays", "delivery", "business", 0, "S22")]
    [InlineData("MX", "withdrawal", 5, "businessDays", "delivery", "consumer", null, "S23")]
    [InlineData("IN", null, null, null, null, null, null, null)]
    public void RightsIn_MarketOnFactsDate_MatchesFacts(
        string code, string? kind, int? windowDays, string? windowUnit, string? startsAt, string? postage, int? refundDays, string? source)
    {
        var market = Book.Market(code);
        Assert.NotNull(market);
        var rights = Book.RightsIn(market, Today);
        if (kind is null)
        {
            Assert.Empty(rights);
            Assert.False(string.IsNullOrWhiteSpace(market.Notes));
            return;
        }

        var (owner, right) = Assert.Single(rights, r => r.Right.Kind == kind);
        Assert.Equal(code, owner.Market);
        Assert.Equal(windowDays, right.WindowDays);
        Assert.Equal(windowUnit, right.WindowUnit);
        Assert.Equal(startsAt, right.WindowStartsAt);
        Assert.Equal(postage, right.ReturnPostage);
        Assert.Equal(refundDays, right.RefundDeadline?.Days);
        Assert.Contains(source!, right.Sources);
    }

    [Theory]
    [InlineData("EU", true, 12, true)]
    [InlineData("DE", true, 12, true)]
    [InlineData("GB", false, 12, true)]
    [InlineData("TW", false, 4, false)]
    [InlineData("CN", false, null, null)]
    public void WithdrawalRight_NotInformed_ExtendsAsTheLawSays(string code, bool rolls, int? months, bool? plusWindow)
    {
        var right = Assert.Single(Book.Market(code)!.Rights, r => r.Kind == RightKinds.Withdrawal);

        Assert.Equal(rolls, right.RollsToNextWorkingDay);
        Assert.Equal(months, right.NotInformedExtension?.Months);
        Assert.Equal(plusWindow, right.NotInformedExtension?.PlusWindow);
        Assert.False(right.RestockingFeeAllowed);
    }

    [Fact]
    public void Exclusions_TaiwanAndKorea_HoldOnlyIfNoticeGiven()
    {
        Assert.All(Book.Market("TW")!.Rights.Single().Exclusions, e => Assert.True(e.RequiresNotice, e.Tag));
        Assert.All(Book.Market("KR")!.Rights.Single(r => r.Kind == RightKinds.Withdrawal).Exclusions, e => Assert.True(e.RequiresNotice, e.Tag));
        Assert.All(Book.Market("EU")!.Rights.Single().Exclusions, e => Assert.False(e.RequiresNotice, e.Tag));
        Assert.Equal(6, Book.Market("EU")!.Rights.Single().Exclusions.Count);
    }

    [Fact]
    public void Rights_EveryRight_HasAllLanguagesAndKnownTags()
    {
        foreach (var market in Book.Markets)
        {
            foreach (var right in market.Rights)
            {
                Assert.Equal(Languages.Order(StringComparer.Ordinal), right.RightName.Keys.Order(StringComparer.Ordinal));
                Assert.All(right.RightName, n => Assert.False(string.IsNullOrWhiteSpace(n.Value), $"{right.Id} {n.Key}"));
                foreach (var language in new[] { "en", "de", "fr", "es" })
                    Assert.True(char.IsUpper(right.RightName[language][0]), $"{right.Id} {language} must start with a capital");
                Assert.All(right.Exclusions, e => Assert.Contains(e.Tag, LineTags.All));
                Assert.All(right.Reasons, r => Assert.Contains(r, Returns.Orchestrations.Domain.ReturnReasons.All));
                Assert.Equal(right.Kind == RightKinds.Faulty, right.Reasons.Count > 0);
            }
        }
    }

    [Theory]
    [InlineData("FR", null, "EU")]
    [InlineData("NO", null, "EU")]
    [InlineData("DE", null, "DE")]
    [InlineData("US", "CA", "US-CA")]
    [InlineData("US", "TX", "US")]
    [InlineData("CA", "QC", "CA-QC")]
    public void MarketFor_Address_PicksMostSpecificMarket(string country, string? region, string expected) =>
        Assert.Equal(expected, Book.MarketFor(country, region)?.Market);

    [Fact]
    public void RightsIn_Subdivision_ReplacesNothingFromAParentWithoutRights()
    {
        var (market, right) = Assert.Single(Book.RightsIn(Book.Market("US-CA")!, Today));

        Assert.Equal("US-CA", market.Market);
        Assert.Equal(RightConditions.PolicyNotDisplayed, right.AppliesWhen);
        Assert.Equal(7, right.UnlessMerchantWindowAtLeastDays);
    }

    [Theory]
    [InlineData("US", "2025-08-28", 80000L)]
    [InlineData("US", "2025-08-29", 0L)]
    [InlineData("EU", "2026-06-30", 15000L)]
    [InlineData("EU", "2026-07-01", 0L)]
    [InlineData("CA", "2026-06-30", 2000L)]
    public void CustomsThresholds_AroundChangeDate_DutyFreeLimitChanges(string country, string day, long dutyFree)
    {
        var customs = Book.CustomsFor(country)!;

        var threshold = Assert.Single(customs.Thresholds, t => t.FromCountries.Count == 0 && t.InForceOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(dutyFree, threshold.DutyFreeUpTo);
    }

    [Fact]
    public void CustomsFor_EuMemberOrClaims_FindsReliefAndDeadlines()
    {
        var eu = Book.CustomsFor("IT")!;
        Assert.Equal("EU", eu.Market);
        var relief = Assert.Single(eu.Claims);
        Assert.Equal(ClaimKinds.ReentryRelief, relief.Kind);
        Assert.Equal(36, relief.DeadlineMonths);
        Assert.Equal(new[] { "F01", "F05" }, relief.Codes);

        var us = Book.CustomsFor("US")!;
        Assert.Null(us.Claims.Single(c => c.Kind == ClaimKinds.ReentryRelief).DeadlineMonths);
        Assert.Equal(36, us.Claims.Single(c => c.Kind == ClaimKinds.ReentryRelief).ForeignOriginDeadlineMonths);
        Assert.All(us.Claims.Where(c => c.Kind == ClaimKinds.Drawback), c => Assert.Equal(99, c.RecoverablePercent));

        var cn = Book.CustomsFor("CN")!;
        Assert.Single(cn.Claims, c => c.InForceOn(new DateOnly(2025, 12, 31)));
        Assert.Equal("CN-CBEC-export-returns-2026", cn.Claims.Single(c => c.InForceOn(new DateOnly(2026, 1, 1))).Id);

        var jp = Book.CustomsFor("JP")!.Claims.Single(c => c.Kind == ClaimKinds.ImportRefund);
        Assert.Contains("size_too_large", jp.ReasonsOnly);
        Assert.DoesNotContain("changed_mind", jp.ReasonsOnly);
        Assert.Contains("{exportMonth}", Book.CustomsFor("CA")!.Claims.Single(c => c.Kind == ClaimKinds.ReentryRelief).InvoiceStatement);
    }

    [Fact]
    public void DangerousGoods_EveryEntry_ForbidsInternationalPostAndDamagedLithiumByAir()
    {
        foreach (var un in new[] { "UN3481", "UN3480", "UN3090", "UN3091", "UN1266", "UN1263", "UN1950" })
            Assert.NotNull(Book.DangerousGoodsEntry(un));
        foreach (var entry in Book.DangerousGoods.Entries)
        {
            Assert.False(entry.Intact.InternationalPost, entry.UnNumber);
            Assert.False(entry.Damaged.InternationalPost, entry.UnNumber);
            Assert.Equal(Languages.Order(StringComparer.Ordinal), entry.CustomerName.Keys.Order(StringComparer.Ordinal));
            Assert.StartsWith(entry.UnNumber + " ", entry.LabelMark, StringComparison.Ordinal);
            if (entry.Lithium)
            {
                Assert.False(entry.Damaged.Air, entry.UnNumber);
                Assert.False(entry.Damaged.DomesticPost, entry.UnNumber);
                Assert.True(entry.Damaged.Ground, entry.UnNumber);
            }
        }

        Assert.False(Book.DangerousGoodsEntry("UN3480")!.Intact.Air);
        Assert.False(Book.DangerousGoodsEntry("UN3090")!.Intact.Air);
        Assert.True(Book.DangerousGoodsEntry("UN3481")!.Intact.Air);
        Assert.False(Book.DangerousGoodsEntry("UN1266")!.Intact.Air);
    }

    [Theory]
    [InlineData("DE", "FR", true)]
    [InlineData("GB", "FR", true)]
    [InlineData("US", "MX", true)]
    [InlineData("CN", "HK", true)]
    [InlineData("SG", "MY", true)]
    [InlineData("TW", "CN", false)]
    [InlineData("JP", "KR", false)]
    [InlineData("MT", "IT", false)]
    [InlineData("AU", "AU", true)]
    public void JoinedByLand_CountryPair_AnswersFromSurfaceRegions(string from, string to, bool joined) =>
        Assert.Equal(joined, Book.JoinedByLand(from, to));

    [Fact]
    public void Convert_ThresholdCurrencies_AllHaveRates()
    {
        foreach (var customs in Book.Customs)
            Assert.NotNull(Book.Convert(10000, customs.Currency, "USD"));
        Assert.Equal(100, Book.Convert(100, "USD", "USD"));
        Assert.InRange(Book.Convert(15000, "USD", "EUR")!.Value, 10000, 20000);
    }

    [Fact]
    public void RuleFiles_EveryObject_HasEveryRecordProperty()
    {
        Complete(Read("manifest.json"), typeof(RuleManifest), "manifest.json");
        foreach (var source in Read("sources.json").EnumerateArray())
            Complete(source, typeof(RuleSource), "sources.json");
        foreach (var file in Directory.GetFiles(Path.Combine(RulesDirectory, "markets"), "*.json"))
            Complete(Read(file), typeof(MarketRules), file);
        foreach (var file in Directory.GetFiles(Path.Combine(RulesDirectory, "customs"), "*.json"))
            Complete(Read(file), typeof(CustomsRules), file);
        Complete(Read("dangerous-goods.json"), typeof(DangerousGoodsRules), "dangerous-goods.json");
        Complete(Read("exchange-rates.json"), typeof(ExchangeRates), "exchange-rates.json");
    }

    [Theory]
    [InlineData("markets/JP.json", "badJson")]
    [InlineData("customs/US.json", "unknownSource")]
    [InlineData("dangerous-goods.json", "unknownProperty")]
    [InlineData("markets/EU.json", "unknownProperty")]
    public void Load_OneBrokenFile_ThrowsNamingTheFile(string file, string breakage)
    {
        var copy = Path.Combine(Path.GetTempPath(), "rules-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyDirectory(RulesDirectory, copy);
            var path = Path.Combine(copy, file);
            var text = File.ReadAllText(path);
            text = breakage switch
            {
                "badJson" => text[..(text.Length / 2)],
                "unknownSource" => text.Replace("\"S38\"", "\"S999\"", StringComparison.Ordinal),
                "unknownProperty" => "{ \"colour\": \"red\"," + text.TrimStart()[1..],
                _ => throw new ArgumentOutOfRangeException(nameof(breakage)),
            };
            File.WriteAllText(path, text);

            var error = Assert.Throws<RuleFileException>(() => ComplianceRuleBook.Load(copy));

            Assert.Contains(Path.GetFileName(file), error.Message, StringComparison.Ordinal);
            if (breakage == "unknownSource")
                Assert.Contains("S999", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(copy))
                Directory.Delete(copy, recursive: true);
        }
    }

    private static JsonElement Read(string file)
    {
        using var document = JsonDocument.Parse(
            File.ReadAllText(Path.IsPathRooted(file) ? file : Path.Combine(RulesDirectory, file)),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.Clone();
    }

    /// <summary>Every constructor parameter of <paramref name="type"/> appears in the object (nested records too).</summary>
    private static void Complete(JsonElement element, Type type, string where)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        var parameters = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).MaxBy(c => c.GetParameters().Length)!.GetParameters();
        foreach (var parameter in parameters)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
            Assert.True(element.TryGetProperty(name, out var value), $"{Path.GetFileName(where)}: {type.Name} lacks \"{name}\"");
            var inner = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (value.ValueKind == JsonValueKind.Object && IsRecord(inner))
                Complete(value, inner, where);
            else if (value.ValueKind == JsonValueKind.Array && inner.IsGenericType && inner.GetGenericArguments() is [var item] && IsRecord(item))
            {
                foreach (var child in value.EnumerateArray())
                    Complete(child, item, where);
            }
        }
    }

    private static bool IsRecord(Type type) => type.Namespace == typeof(RuleManifest).Namespace && type.IsClass;

    private static void CopyDirectory(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
    }
}
