// `claimlight analyze` — placeholder until the engine lands.
console.log('claimlight');
