import SluiceCommands

await SluiceCommand.runMain()
