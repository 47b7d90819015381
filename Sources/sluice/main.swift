import SluiceCommands

SluiceCommand.main()
