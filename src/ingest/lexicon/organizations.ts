import { EntityKind } from '../../entities/vocabulary';

/**
 * International bodies, armed groups, news outlets and the platforms statements are posted on that news names without introducing them.
 * `country` is the state an organization belongs to, when it is a state's own body (armed groups
 * that fight a state's army are not its bodies, even when they began as one).
 */
export interface OrganizationEntry {
  id: string;
  name: string;
  aliases: string[];
  kind: EntityKind;
  country?: string;
}

const TABLE = `
united-nations|United Nations;UN;U.N.
un-security-council|UN Security Council;Security Council;United Nations Security Council
nato|NATO;North Atlantic Treaty Organization
european-union|European Union;EU;E.U.
osce|OSCE;Organization for Security and Co-operation in Europe
osce-minsk-group|OSCE Minsk Group;Minsk Group
african-union|African Union;AU
arab-league|Arab League
western-countries|Western countries;Western powers;Western nations;Western governments
ecowas|ECOWAS
igad|IGAD
csto|CSTO;Collective Security Treaty Organization
icrc|International Committee of the Red Cross;ICRC;Red Cross
who|World Health Organization;WHO
unicef|UNICEF
unhcr|UNHCR;UN refugee agency
unrwa|UNRWA
ocha|OCHA
wfp|World Food Programme;WFP
iaea|International Atomic Energy Agency;IAEA
icc|International Criminal Court;ICC
icj|International Court of Justice;ICJ
amnesty-international|Amnesty International;Amnesty
human-rights-watch|Human Rights Watch;HRW
msf|Doctors Without Borders;Medecins Sans Frontieres;MSF
hamas|Hamas
hezbollah|Hezbollah
islamic-jihad|Islamic Jihad;Palestinian Islamic Jihad
houthis|Houthis;Houthi;Ansar Allah
taliban|Taliban
islamic-state|Islamic State;ISIS;ISIL
al-qaeda|al-Qaeda;al Qaeda
al-shabab|al-Shabab;al-Shabaab
wagner-group|Wagner Group;Wagner
rapid-support-forces|Rapid Support Forces;RSF
sudanese-armed-forces|Sudanese Armed Forces;SAF|sudan
tplf|Tigray People's Liberation Front;TPLF
pkk|Kurdistan Workers' Party;PKK
sdf|Syrian Democratic Forces;SDF
hts|Hayat Tahrir al-Sham;HTS
m23|M23
israel-defense-forces|Israel Defense Forces;IDF;Israeli military;Israeli army|israel
irgc|Islamic Revolutionary Guard Corps;IRGC;Revolutionary Guards|iran
pentagon|Pentagon|united-states
state-department|State Department|united-states
reuters|Reuters
associated-press|Associated Press;AP
afp|Agence France-Presse;AFP
al-jazeera|Al Jazeera
bbc|BBC
cnn|CNN
tass|TASS
ria-novosti|RIA Novosti;RIA
interfax|Interfax
anadolu-agency|Anadolu Agency;Anadolu
xinhua|Xinhua
the-new-york-times|The New York Times;New York Times
the-washington-post|The Washington Post;Washington Post
the-guardian|The Guardian
telegram|Telegram
twitter|Twitter
facebook|Facebook
instagram|Instagram
youtube|YouTube
tiktok|TikTok
`;

export const ORGANIZATIONS: readonly OrganizationEntry[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [id = '', names = '', country] = line.split('|');
    const [name = id, ...aliases] = names.split(';');
    return { id, name, aliases, kind: EntityKind.ORGANIZATION, ...(country ? { country } : {}) };
  });
