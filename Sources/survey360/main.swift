import Survey360CLI

await Survey360Command.main()
