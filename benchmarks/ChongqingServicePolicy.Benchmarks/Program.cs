using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ChongqingServicePolicy.Benchmarks.DecisionBenchmarks).Assembly).Run(args);
