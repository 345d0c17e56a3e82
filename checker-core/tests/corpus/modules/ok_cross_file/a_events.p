// expect: accepted
// One program over four files: events, types, machines, specs and tests refer to declarations in other files, in any order.
// tests: tcAcrossFiles
event eDeposit : tAmount;
event eBalance : tAmount;
