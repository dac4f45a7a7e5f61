@main struct ReportBenchmark { static func main() {} }
