import { it } from 'vitest';
import { run } from './helpers.js';
import { attributionExtractor } from '../../src/extract/attribution.js';
import type { StatementAssertion } from '../../src/types.js';
const cases = [
  'Grenell called for immediate action against the leaker, calling them a national security risk.',
  '"Find the leaker and fire them immediately. No excuses. The anonymous leaker is a national security risk," he said.',
  '"It\'s the most serious leaking crime in the US Code," Greenwald posted on X.',
  'The third suspect, according to Newsweek, is the Kremlin, which has condemned the leak and denied any involvement in its dissemination.',
  "Russia's Deputy Foreign Minister Sergei Ryabkov accused European media of acting as agents of \"hybrid war\" against Moscow.",
  'However, the interception of another call between Ushakov and Kirill Dmitriev raises suspicions of Russian involvement, possibly through a European intelligence agency proxy, a former Bellingcat journalist who exposed the Skripal poisonings on UK soil said.',
  "In response to the leak, White House Communications Director Steven Cheung said Witkoff's role is to communicate with both Russia and Ukraine daily in pursuit of peace.",
  'Cheung said that there was "nothing wrong" with what was said in the "supposed" transcript.',
  'Trump also dismissed the controversy, describing Witkoff\'s approach on the call as "a very standard form of negotiation" and "what a dealmaker does."',
  'Witkoff reportedly said in the leaked call that peace would require Ukraine relinquishing Donetsk.',
  '“It’s really hard to speculate. It could be 100 million different things, including somebody on the Russian side trying to hurt Witkoff’s reputation,” Daniel Hoffman, a former CIA Moscow station chief, told The Guardian.',
  'Speaking to The Guardian, a senior former intelligence official said that while any intelligence agency could have intercepted the calls, the source is most likely to be from the US.',
  'A senior Trump administration official, however, told the newspaper that the leak originated with a foreign intelligence agency.',
  '“We don’t believe that Witkoff is playing on the Kremlin side," Ukrainian presidential adviser Mykhailo Podolyak told the newspaper, even as some Republican lawmakers suggested Witkoff was getting “too cozy" with Moscow.',
  "Meanwhile, Russia’s Deputy Foreign Minister Sergei Ryabkov on Thursday downplayed the entire controversy, saying the leak changed nothing.",
  'Russian Deputy Foreign Minister Sergei Ryabkov, said some media organisations were being used as part of a hybrid information war.',
  "Russian Direct Investment Fund CEO Kirill Dmitriev, a Putin investment envoy, said that Bloomberg's report on an October 29 call between him and Ushakov was \"fake\".",
  'Bloomberg said it had reviewed the recording but did not say how it got access to a highly sensitive conversation.',
  'He ruled out the possibility that the leak could have come from the participants in the call, and said he would be raising the matter with Witkoff.',
  'Russia’s foreign minister Sergei Lavrov, who is known to despise Dmitriev, could be responsible for the leak, The Telegraph reported.',
  'Trump told reporters: “He’s gotta sell this to Ukraine, he’s gotta sell Ukraine to Russia. That’s what a dealmaker does”.',
  'Bloomberg reported two phone calls, one of which took place between Steve Witkoff and Yuri Ushakov.',
  'Questions have arisen about who could have made the audio of the recording public.',
  'The Telegraph reported that Rubio said the plan was a wishlist.',
  'European officials told the WSJ that Russia itself could be responsible.',
];
it('probe', () => {
  for (const c of cases) {
    const out = run<StatementAssertion>(attributionExtractor, c);
    console.log('\n' + c.slice(0, 90));
    for (const a of out) console.log(`  [${a.speaker?.text}] ${a.verb} ${a.addressee ? '→' + a.addressee : ''} :: ${a.content.slice(0, 80)} | ${a.subject}`);
  }
});
