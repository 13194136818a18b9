using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Internal;
using ChongqingServicePolicy.Parameters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace ChongqingServicePolicy;

/// <summary>Registers the engine with a dependency-injection container.</summary>
public static class PolicyServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PolicyEngine"/> as a singleton with <see cref="PolicyParameters.Default"/>, the system
    /// <see cref="IClock"/>, <see cref="DistrictRegistry.Default"/> and <see cref="MeasureCatalogue.Default"/>,
    /// each only where nothing is registered yet. Calling it again changes nothing: the first registration wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddChongqingServicePolicy(this IServiceCollection services) => AddChongqingServicePolicy(services, (Action<PolicyParametersBuilder>?)null);

    /// <summary>
    /// Registers <see cref="PolicyEngine"/> as a singleton, with its <see cref="PolicyParameters"/>, the system
    /// <see cref="IClock"/>, <see cref="DistrictRegistry.Default"/> and <see cref="MeasureCatalogue.Default"/>,
    /// each only where nothing is registered yet. Calling it again changes nothing: the first registration wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default parameters, validated when the engine is first resolved; none when <see langword="null"/>.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddChongqingServicePolicy(this IServiceCollection services, Action<PolicyParametersBuilder>? configure)
    {
        Preconditions.CheckNotNull(services, nameof(services));
        services.TryAddSingleton(_ => configure is null ? PolicyParameters.Default : PolicyParameters.Default.With(configure));
        return AddCore(services);
    }

    /// <summary>
    /// Registers <see cref="PolicyEngine"/> as a singleton with a given parameter set (for example one loaded
    /// with <see cref="PolicyParameters.LoadFile"/>). Calling it again changes nothing.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddChongqingServicePolicy(this IServiceCollection services, PolicyParameters parameters)
    {
        Preconditions.CheckNotNull(services, nameof(services));
        Preconditions.CheckNotNull(parameters, nameof(parameters));
        services.TryAddSingleton(parameters);
        return AddCore(services);
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(DistrictRegistry.Default);
        services.TryAddSingleton(MeasureCatalogue.Default);
        services.TryAddSingleton(sp => new PolicyEngine(
            sp.GetRequiredService<PolicyParameters>(),
            sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<DistrictRegistry>(),
            sp.GetRequiredService<MeasureCatalogue>()));
        return services;
    }
}
