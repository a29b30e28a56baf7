/**
 * Countries as the news names them: name and other names, demonyms (the adjective and the noun
 * for a citizen), and the capital, which news uses for the government ("Baku said", "talks with
 * Ankara"). One line per country keeps the table easy to review; fields are separated by `|` and
 * lists by `;`. Names of two or three capitals (US, UK, UAE) are matched case-sensitively elsewhere.
 */
const TABLE = `
afghanistan|Afghanistan|Afghan|Kabul
albania|Albania|Albanian|Tirana
algeria|Algeria|Algerian|Algiers
angola|Angola|Angolan;Angolans|Luanda
argentina|Argentina|Argentine;Argentinian|Buenos Aires
armenia|Armenia;Republic of Armenia|Armenian;Armenians|Yerevan
australia|Australia|Australian|Canberra
austria|Austria|Austrian|Vienna
azerbaijan|Azerbaijan;Republic of Azerbaijan|Azerbaijani;Azeri;Azerbaijanis;Azeris|Baku
bahrain|Bahrain|Bahraini|Manama
bangladesh|Bangladesh|Bangladeshi|Dhaka
belarus|Belarus|Belarusian|Minsk
belgium|Belgium|Belgian|
benin|Benin|Beninese|Porto-Novo
bhutan|Bhutan|Bhutanese|Thimphu
bolivia|Bolivia|Bolivian;Bolivians|La Paz
bosnia-and-herzegovina|Bosnia and Herzegovina;Bosnia|Bosnian|Sarajevo
botswana|Botswana|Motswana;Batswana|Gaborone
brazil|Brazil|Brazilian|Brasilia
bulgaria|Bulgaria|Bulgarian|Sofia
burkina-faso|Burkina Faso|Burkinabe|Ouagadougou
burundi|Burundi|Burundian;Burundians|Gitega
cambodia|Cambodia|Cambodian|Phnom Penh
cameroon|Cameroon|Cameroonian|Yaounde
canada|Canada|Canadian|Ottawa
central-african-republic|Central African Republic|Central African|Bangui
chad|Chad|Chadian|N'Djamena
chile|Chile|Chilean|Santiago
china|China;People's Republic of China|Chinese|Beijing
colombia|Colombia|Colombian|Bogota
costa-rica|Costa Rica|Costa Rican;Costa Ricans|San José
croatia|Croatia|Croatian|Zagreb
cuba|Cuba|Cuban|Havana
cyprus|Cyprus|Cypriot|Nicosia
czech-republic|Czech Republic;Czechia|Czech|Prague
democratic-republic-of-the-congo|Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC|Congolese|Kinshasa
denmark|Denmark|Danish|Copenhagen
djibouti|Djibouti|Djiboutian;Djiboutians|
dominican-republic|Dominican Republic|Dominican;Dominicans|Santo Domingo
ecuador|Ecuador|Ecuadorian;Ecuadorians|Quito
egypt|Egypt|Egyptian;Egyptians|Cairo
el-salvador|El Salvador|Salvadoran;Salvadorans|San Salvador
equatorial-guinea|Equatorial Guinea|Equatoguinean|Malabo
eritrea|Eritrea|Eritrean;Eritreans|Asmara
estonia|Estonia|Estonian|Tallinn
ethiopia|Ethiopia|Ethiopian;Ethiopians|Addis Ababa
finland|Finland|Finnish|Helsinki
france|France;French Republic|French|Paris
gabon|Gabon|Gabonese|Libreville
gambia|Gambia;The Gambia|Gambian;Gambians|Banjul
georgia|Georgia|Georgian|Tbilisi
germany|Germany|German;Germans|Berlin
ghana|Ghana|Ghanaian|Accra
greece|Greece|Greek|Athens
guatemala|Guatemala|Guatemalan;Guatemalans|Guatemala City
guinea|Guinea|Guinean;Guineans|Conakry
guinea-bissau|Guinea-Bissau|Bissau-Guinean|Bissau
guyana|Guyana|Guyanese|Georgetown
haiti|Haiti|Haitian;Haitians|Port-au-Prince
honduras|Honduras|Honduran;Hondurans|Tegucigalpa
hungary|Hungary|Hungarian|Budapest
iceland|Iceland|Icelandic;Icelanders|Reykjavik
india|India|Indian;Indians|New Delhi
indonesia|Indonesia|Indonesian|Jakarta
iran|Iran;Islamic Republic of Iran|Iranian;Iranians|Tehran
iraq|Iraq|Iraqi;Iraqis|Baghdad
ireland|Ireland|Irish|Dublin
israel|Israel;State of Israel|Israeli;Israelis|
italy|Italy|Italian|Rome
ivory-coast|Ivory Coast;Côte d'Ivoire;Cote d'Ivoire|Ivorian;Ivorians|Yamoussoukro
jamaica|Jamaica|Jamaican;Jamaicans|Kingston
japan|Japan|Japanese|Tokyo
jordan|Jordan|Jordanian|Amman
kazakhstan|Kazakhstan|Kazakh|Astana
kenya|Kenya|Kenyan|Nairobi
kosovo|Kosovo|Kosovar|Pristina
kuwait|Kuwait|Kuwaiti|
kyrgyzstan|Kyrgyzstan|Kyrgyz|Bishkek
laos|Laos|Laotian;Laotians|Vientiane
latvia|Latvia|Latvian|Riga
lebanon|Lebanon|Lebanese|Beirut
liberia|Liberia|Liberian;Liberians|Monrovia
libya|Libya|Libyan;Libyans|Tripoli
lithuania|Lithuania|Lithuanian|Vilnius
madagascar|Madagascar|Malagasy|Antananarivo
malawi|Malawi|Malawian;Malawians|Lilongwe
malaysia|Malaysia|Malaysian|Kuala Lumpur
mali|Mali|Malian|Bamako
mauritania|Mauritania|Mauritanian;Mauritanians|Nouakchott
mexico|Mexico|Mexican|Mexico City
moldova|Moldova|Moldovan|Chisinau
mongolia|Mongolia|Mongolian;Mongolians|Ulaanbaatar
montenegro|Montenegro|Montenegrin;Montenegrins|Podgorica
morocco|Morocco|Moroccan|Rabat
mozambique|Mozambique|Mozambican|Maputo
myanmar|Myanmar;Burma|Burmese|Naypyitaw
namibia|Namibia|Namibian;Namibians|Windhoek
nepal|Nepal|Nepali;Nepalese|Kathmandu
netherlands|Netherlands;Holland|Dutch|The Hague
new-zealand|New Zealand|New Zealander|Wellington
nicaragua|Nicaragua|Nicaraguan;Nicaraguans|Managua
niger|Niger|Nigerien|Niamey
nigeria|Nigeria|Nigerian;Nigerians|Abuja
north-korea|North Korea;DPRK|North Korean|Pyongyang
north-macedonia|North Macedonia;Macedonia|Macedonian;Macedonians|Skopje
norway|Norway|Norwegian|Oslo
oman|Oman|Omani|Muscat
pakistan|Pakistan|Pakistani;Pakistanis|Islamabad
palestine|Palestine;State of Palestine;Palestinian territories|Palestinian;Palestinians|
panama|Panama|Panamanian;Panamanians|Panama City
papua-new-guinea|Papua New Guinea|Papua New Guinean|Port Moresby
paraguay|Paraguay|Paraguayan;Paraguayans|Asunción;Asuncion
peru|Peru|Peruvian;Peruvians|Lima
philippines|Philippines|Filipino;Philippine|Manila
poland|Poland|Polish|Warsaw
portugal|Portugal|Portuguese|Lisbon
qatar|Qatar|Qatari|Doha
romania|Romania|Romanian|Bucharest
russia|Russia;Russian Federation|Russian;Russians|Moscow
rwanda|Rwanda|Rwandan|Kigali
saudi-arabia|Saudi Arabia|Saudi;Saudis|Riyadh
senegal|Senegal|Senegalese|Dakar
serbia|Serbia|Serbian;Serb;Serbs|Belgrade
sierra-leone|Sierra Leone|Sierra Leonean;Sierra Leoneans|Freetown
singapore|Singapore|Singaporean;Singaporeans|
slovakia|Slovakia|Slovak;Slovakian;Slovaks|Bratislava
slovenia|Slovenia|Slovenian;Slovene;Slovenians|Ljubljana
somalia|Somalia|Somali;Somalis|Mogadishu
south-africa|South Africa|South African|Pretoria
south-korea|South Korea;Republic of Korea|South Korean|Seoul
south-sudan|South Sudan|South Sudanese|Juba
spain|Spain|Spanish|Madrid
sri-lanka|Sri Lanka|Sri Lankan;Sri Lankans|Colombo
sudan|Sudan;Republic of the Sudan|Sudanese|Khartoum
suriname|Suriname|Surinamese|Paramaribo
sweden|Sweden|Swedish|Stockholm
switzerland|Switzerland|Swiss|Bern
syria|Syria|Syrian;Syrians|Damascus
taiwan|Taiwan|Taiwanese|Taipei
tajikistan|Tajikistan|Tajik|Dushanbe
tanzania|Tanzania|Tanzanian;Tanzanians|Dodoma
thailand|Thailand|Thai|Bangkok
timor-leste|Timor-Leste;East Timor|Timorese|Dili
togo|Togo|Togolese|Lomé;Lome
trinidad-and-tobago|Trinidad and Tobago|Trinidadian;Trinidadians|Port of Spain
tunisia|Tunisia|Tunisian|Tunis
turkey|Turkey;Türkiye;Turkiye;Republic of Turkey|Turkish;Turks|Ankara
turkmenistan|Turkmenistan|Turkmen|Ashgabat
uganda|Uganda|Ugandan|Kampala
ukraine|Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev
united-arab-emirates|United Arab Emirates;UAE|Emirati|Abu Dhabi
united-kingdom|United Kingdom;UK;U.K.;Britain;Great Britain|British;Briton;Britons|London
united-states|United States;US;U.S.;USA;United States of America;America|American;Americans|Washington
uruguay|Uruguay|Uruguayan;Uruguayans|Montevideo
uzbekistan|Uzbekistan|Uzbek|Tashkent
venezuela|Venezuela|Venezuelan|Caracas
vietnam|Vietnam|Vietnamese|Hanoi
yemen|Yemen|Yemeni;Yemenis|Sanaa
zambia|Zambia|Zambian;Zambians|Lusaka
zimbabwe|Zimbabwe|Zimbabwean|Harare
`;

export interface CountryEntry {
  id: string;
  name: string;
  aliases: string[];
  /** Adjectives and nouns for the people ("Azeri", "Armenians"), which also stand for the state. */
  demonyms: string[];
  capitals: string[];
}

export const COUNTRIES: readonly CountryEntry[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [id = '', names = '', demonyms = '', capitals = ''] = line.split('|');
    const [name = id, ...aliases] = names.split(';');
    const list = (s: string): string[] => s.split(';').filter((x) => x.length > 0);
    return { id, name, aliases, demonyms: list(demonyms), capitals: list(capitals) };
  });

/**
 * Seats of power named for the government ("the Kremlin said"). Unlike a capital, these never
 * mean the place itself in news about statements, so they always resolve to the country.
 */
export const SEATS_OF_POWER: Readonly<Record<string, string>> = {
  Kremlin: 'russia',
  'White House': 'united-states',
  'Downing Street': 'united-kingdom',
  Elysee: 'france',
  Élysée: 'france',
};
