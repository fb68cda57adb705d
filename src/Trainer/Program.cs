using Spot.Contracts;

// The trainer arrives with its own issue; until then it only says so.
Console.Error.WriteLine("spot trainer: not built yet");
return ExitCodes.Failure;
