using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Security;

/// <summary>An unseeded host (the protections do not care about data) with the given settings.</summary>
public static class ProtectedHost
{
    public static ApiFactory Start(params (string Key, string Value)[] settings)
    {
        var factory = new ApiFactory();
        factory.Settings["Seed:LoadWhenEmpty"] = "false";
        foreach (var (key, value) in settings)
        {
            factory.Settings[key] = value;
        }

        return factory;
    }
}
