using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Ruta.Benchmarks -- --filter '*'` (bench/run.sh passes its own options).
BenchmarkSwitcher.FromAssembly(typeof(Ruta.Benchmarks.KernelBenchmarks).Assembly).Run(args);
