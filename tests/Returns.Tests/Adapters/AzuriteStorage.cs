using Returns.Adapters.Storage;

namespace Returns.Tests.Adapters;

/// <summary>
/// The Azurite the adapter and API tests run against. ./test.sh starts one and exports
/// RETURNS_TEST_STORAGE; without it these tests fail (they never skip) so a missing Azurite is noticed.
/// Tables are shared by all tests of one run: every test uses its own random keys.
/// </summary>
public static class AzuriteStorage
{
    public const string Variable = "RETURNS_TEST_STORAGE";

    public static string ConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(Variable);
            if (string.IsNullOrWhiteSpace(value))
                Assert.Fail($"{Variable} is not set. These tests need Azurite: run ./test.sh, or start Azurite " +
                    "(scripts/azurite.sh) and export RETURNS_TEST_STORAGE as its connection string.");
            return value!;
        }
    }

    /// <summary>A fresh storage facade (its own table-creation cache) on the test Azurite.</summary>
    public static ReturnsStorage NewStorage() => new(ConnectionString);

    /// <summary>A short random token for unique order numbers, return ids, event ids.</summary>
    public static string Unique() => Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
}
