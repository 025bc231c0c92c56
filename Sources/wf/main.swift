import WFCommands

await WFCommand.main()
