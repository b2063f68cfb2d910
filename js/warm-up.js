// What the worker extracts as soon as it has loaded (worker.js), so that the first real article
// meets code that has already run: the core's one-time set-up (model, lexicons, word clusters,
// country aliases) and, as much, the engine's lazy compilation of every wasm function the
// extraction reaches. A sentence reaches only part of them; this short article, written for the
// purpose (no sample's or data set's text), has what news has: a headline, a dateline, people
// with titles and surnames repeated, organisations with legal forms and an acronym defined,
// places in and out of ASCII, countries, a quote, dates in several forms, a time of day, money,
// percentages, quantities, ordinals and an age (docs/PERFORMANCE.md, "First highlight, round 3").
export const WARM_UP_TEXT = `Leaders agree a climate fund at Geneva talks

GENEVA, March 4 (Newswire) - President Maria Alvarez of Chile and German Chancellor Olaf Brandt met on Tuesday at the Palais des Nations, where the United Nations Environment Programme (UNEP) held two days of talks. Alvarez said the fund would raise $4.5 billion by 2030, about 12 percent more than Brussels offered last year.

"We cannot wait another decade," Ms. Alvarez told reporters at 10 a.m. local time. Brandt, 61, said Berlin would pay 800 million euros over the next three years, and the European Commission agreed to match a third of it.

The Paris Agreement set the goal in 2015. On Monday, Northwind Corp. and Halden AG pledged 40,000 tonnes of carbon credits. Officials from São Paulo, New Delhi and Washington joined by video; the next round is due in the first quarter of 2025, a spokeswoman for the U.N. said on Wednesday, March 6.

Shares of Halden rose 2.3% to 151.20 euros in Frankfurt on 5 March 2024. The World Bank's president, Ajay Rao, called it the first real step since the Copenhagen summit of December 2009.
`;

/** With a reference date, so relative dates are resolved as a dated article's are. */
export const WARM_UP_OPTIONS = { referenceDate: "2024-03-05" };
