import SluiceCommands

await SluiceCommand.mainAsync()
