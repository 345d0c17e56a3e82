event eFine : int;
fun Other(): int { return 1; }
