/**
 * Regions and territories that recur in conflict reporting, with the country they are usually
 * described as part of (none when that is the very thing in dispute and the news says so either
 * way). Names of towns are left to context ("the city of X") and to compromise's own lexicon.
 */
export interface RegionEntry {
  id: string;
  name: string;
  aliases: string[];
}

const TABLE = `
nagorno-karabakh|Nagorno-Karabakh;Karabakh;Nagorno Karabakh;Nagorny Karabakh;Artsakh
gaza-strip|Gaza Strip;Gaza
west-bank|West Bank
east-jerusalem|East Jerusalem
golan-heights|Golan Heights;Golan
crimea|Crimea;Crimean Peninsula
donbas|Donbas;Donbass
donetsk|Donetsk
luhansk|Luhansk;Lugansk
kherson|Kherson
zaporizhzhia|Zaporizhzhia;Zaporizhzhia region
kharkiv|Kharkiv;Kharkov
darfur|Darfur
north-darfur|North Darfur
kordofan|Kordofan
tigray|Tigray
amhara|Amhara
oromia|Oromia
kashmir|Kashmir;Jammu and Kashmir
xinjiang|Xinjiang
tibet|Tibet
idlib|Idlib
abkhazia|Abkhazia
south-ossetia|South Ossetia
transnistria|Transnistria
western-sahara|Western Sahara
sinai|Sinai;Sinai Peninsula
kurdistan|Kurdistan;Iraqi Kurdistan
nakhchivan|Nakhchivan;Nakhichevan
syunik|Syunik
balochistan|Balochistan;Baluchistan
rakhine|Rakhine
cabo-delgado|Cabo Delgado
sahel|Sahel
red-sea|Red Sea
black-sea|Black Sea
south-china-sea|South China Sea
`;

export const REGIONS: readonly RegionEntry[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [id = '', names = ''] = line.split('|');
    const [name = id, ...aliases] = names.split(';');
    return { id, name, aliases };
  });
