import { kana, pinyin, UNCONFIRMED, type GlossaryEntry } from './glossary-entry.ts';

/** Every person, organisation, place and programme the speech names. */
export const GLOSSARY = {
  dalian: {
    kind: 'place',
    english: ['Dalian'],
    forms: { zh: ['大连'], ja: ['大連'] },
    avoid: { zh: ['大連'], ja: ['大连'] },
    readings: { en: pinyin('Dàlián'), ja: kana('だいれん') },
  },
  liaodong: {
    kind: 'place',
    english: ['Liaodong'],
    forms: { zh: ['辽东半岛'], ja: ['遼東半島'] },
    avoid: { zh: ['遼東'], ja: ['辽东'] },
    readings: {
      en: pinyin('Liáodōng'),
      ja: kana('りょうとう', 'Japanese press reading (on’yomi)', '遼東'),
    },
  },
  northeastChina: {
    kind: 'place',
    english: ['Northeast China'],
    forms: { zh: ['中国东北'], ja: ['中国東北部'] },
  },
  eurasia: {
    kind: 'place',
    english: ['Eurasia'],
    forms: { zh: ['欧亚大陆'], ja: ['ユーラシア大陸'] },
  },
  kitakyushu: {
    kind: 'place',
    english: ['Kitakyushu'],
    forms: { zh: ['北九州'], ja: ['北九州'] },
  },
  wafangdian: {
    kind: 'place',
    english: ['Wafangdian'],
    forms: { zh: ['瓦房店'], ja: ['瓦房店'] },
    readings: {
      en: pinyin('Wǎfángdiàn'),
      ja: kana(
        'がぼうてん',
        'ja.wikipedia 瓦房店市 (がぼうてん-し); the South Manchuria Railway station name',
      ),
    },
  },
  zhuanghe: {
    kind: 'place',
    english: ['Zhuanghe'],
    forms: { zh: ['庄河'], ja: ['荘河'] },
    avoid: { zh: ['荘河'], ja: ['庄河'] },
    readings: {
      en: pinyin('Zhuānghé'),
      ja: kana('しょうが', 'ja.wikipedia 荘河市 (しょうが-し)'),
    },
  },
  fushun: {
    kind: 'place',
    english: ['Fushun'],
    forms: { zh: ['抚顺'], ja: ['撫順'] },
    avoid: { zh: ['撫順'], ja: ['抚顺'] },
    readings: { en: pinyin('Fǔshùn'), ja: kana('ぶじゅん') },
  },
  yandao: {
    kind: 'place',
    english: ['Yandao'],
    forms: { zh: ['Yandao'], ja: ['Yandao'] },
    readings: { en: UNCONFIRMED, zh: UNCONFIRMED, ja: UNCONFIRMED },
  },
  dalianBureau: {
    kind: 'organisation',
    english: ['Dalian Environmental Protection Bureau'],
    forms: { zh: ['大连市环境保护局'], ja: ['大連市環境保護局'] },
  },
  kitakyushuBureau: {
    kind: 'organisation',
    english: ['Kitakyushu City Environment Bureau'],
    forms: { zh: ['北九州市环境局'], ja: ['北九州市環境局'] },
    avoid: { en: ['Kitakyushu Environmental Protection Bureau'] },
  },
  kita: {
    kind: 'organisation',
    english: ['KITA'],
    forms: { zh: ['北九州国际技术协力协会', 'KITA'], ja: ['北九州国際技術協力協会', 'KITA'] },
    avoid: { en: ['Training Association'] },
  },
  westJapanIndustrialClub: {
    kind: 'organisation',
    english: ['West Japan Industrial Club'],
    forms: { zh: ['西日本工业俱乐部'], ja: ['西日本工業倶楽部'] },
  },
  jica: {
    kind: 'organisation',
    english: ['JICA'],
    // The speech's JICA study ran 1996–2000, before the agency's 2003 reform: its name then
    // was 日本国际协力事业团 / 国際協力事業団, as the notes say.
    forms: {
      zh: ['日本国际协力事业团', 'JICA'],
      ja: ['国際協力事業団', 'JICA'],
    },
    avoid: { zh: ['日本国际协力机构'] },
  },
  unep: {
    kind: 'organisation',
    english: ['UNEP'],
    forms: { zh: ['联合国环境规划署', 'UNEP'], ja: ['国連環境計画', 'UNEP'] },
  },
  global500: {
    kind: 'programme',
    english: ['Global 500'],
    forms: { zh: ['全球500佳'], ja: ['グローバル500'] },
  },
  stateCouncil: {
    kind: 'organisation',
    english: ['State Council'],
    forms: { zh: ['国务院', '国务委员'], ja: ['国務院', '国務委員'] },
  },
  sepa: {
    kind: 'organisation',
    english: ['State Environmental Protection Administration'],
    // The speech's name dates from 1998; in 1993, the date the sentence speaks of, the agency
    // was the National Environmental Protection Agency (国家环境保护局).
    forms: { zh: ['国家环境保护局'], ja: ['国家環境保護局'] },
    avoid: { zh: ['国家环境保护总局'], ja: ['国家環境保護総局'] },
  },
  kics: {
    kind: 'organisation',
    english: ['KICS', 'Kitakyushu Interdependent Business Consortium'],
    forms: { zh: ['北九州环境商务推进会', 'KICS'], ja: ['北九州環境ビジネス推進会', 'KICS'] },
  },
  newJapanChemical: {
    kind: 'organisation',
    english: ['New Japan Chemical Environmental Consultancy'],
    forms: {
      zh: ['New Japan Chemical Environmental Consultancy'],
      ja: ['New Japan Chemical Environmental Consultancy'],
    },
  },
  aqua: {
    kind: 'organisation',
    english: ['AQUA'],
    forms: { zh: ['AQUA'], ja: ['AQUA'] },
  },
  sueyoshi: {
    kind: 'person',
    english: ['Sueyoshi Koichi'],
    forms: { zh: ['末吉兴一'], ja: ['末吉興一'] },
    avoid: { en: ['Koyichi'], zh: ['末吉興一'], ja: ['末吉兴一'] },
    readings: { ja: kana('すえよしこういち', 'City of Kitakyushu: Sueyoshi Koichi (glossary, S)') },
  },
  mizuno: {
    kind: 'person',
    english: ['Mizuno'],
    forms: { zh: ['水野'], ja: ['水野'] },
  },
  songJian: {
    kind: 'person',
    english: ['Song Jian'],
    forms: { zh: ['宋健'], ja: ['宋健'] },
    readings: {
      en: pinyin('Sòng Jiàn'),
      ja: kana(
        'そうけん',
        'kotobank 現代外国人名録2016「宋健（ソウ・ケン）」; 中日辞典 第3版 宋健(そうけん)',
      ),
    },
  },
  xieZhenhua: {
    kind: 'person',
    english: ['Xie Zhenhua'],
    forms: { zh: ['解振华'], ja: ['解振華'] },
    avoid: { zh: ['解振華'], ja: ['解振华'] },
    readings: {
      en: pinyin('Xiè Zhènhuá'),
      ja: kana('かいしんか', 'MOFA press release 2018-10-11: 解振華（かい・しんか）'),
    },
  },
  hashimoto: {
    kind: 'person',
    english: ['Hashimoto Ryutaro'],
    forms: { zh: ['桥本龙太郎'], ja: ['橋本龍太郎'] },
    avoid: { zh: ['橋本龍太郎'], ja: ['桥本龙太郎'] },
  },
  liPeng: {
    kind: 'person',
    english: ['Li Peng'],
    forms: { zh: ['李鹏'], ja: ['李鵬'] },
    avoid: { zh: ['李鵬'], ja: ['李鹏'] },
    readings: { en: pinyin('Lǐ Péng'), ja: kana('りほう') },
  },
  tsuruta: {
    kind: 'person',
    english: ['鹤田晓'],
    forms: { zh: ['鹤田晓'], ja: ['鶴田暁'] },
    avoid: { zh: ['鶴田暁'], ja: ['鹤田晓'] },
    // ja.wikipedia reads a Kitakyushu environmental entrepreneur 鶴田暁 つるた さとし, but no
    // source found ties him to the Director General of KICS the speech names: no reading.
    readings: { en: UNCONFIRMED, zh: UNCONFIRMED, ja: UNCONFIRMED },
  },
  sisterCity: {
    kind: 'programme',
    english: ['sister cit', 'Sister cit'],
    forms: { zh: ['友好城市'], ja: ['友好都市'] },
  },
  modelArea: {
    kind: 'programme',
    english: ['Model Area'],
    forms: { zh: ['大连环境示范区', '示范区'], ja: ['大連環境モデル地区', 'モデル地区'] },
  },
  modelCity: {
    kind: 'programme',
    english: ['Model City', 'model cit'],
    forms: { zh: ['示范城市'], ja: ['モデル都市'] },
  },
  siteDiagnosis: {
    kind: 'programme',
    english: ['site diagnos'],
    forms: { zh: ['工厂诊断'], ja: ['工場診断'] },
  },
  cleanProduction: {
    kind: 'programme',
    english: ['clean production'],
    forms: { zh: ['清洁生产'], ja: ['クリーナープロダクション'] },
  },
} as const satisfies Record<string, GlossaryEntry>;
