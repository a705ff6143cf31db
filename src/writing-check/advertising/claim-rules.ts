/**
 * The UK advertising code's expectations for cosmetic treatments (the CAP Code, enforced by the ASA,
 * and CAP's guidance on cosmetic interventions), as patterns in an editor's words. Each rule says
 * why the words are a problem and a way to say it instead. Only the names of prescription-only
 * medicines stop the build: the law forbids advertising them to the public. The rest are warnings,
 * as a sentence can be right where it has evidence the clinic holds.
 */
export interface ClaimRule {
  /** A short name for the kind of claim, shown to the editor. */
  kind: string;
  /** Matched against one sentence at a time, without regard to capital letters. */
  pattern: RegExp;
  why: string;
  instead: string;
  stops: boolean;
}

const words = (...alternatives: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

export const CLAIM_RULES: readonly ClaimRule[] = [
  {
    kind: 'a guarantee',
    pattern: words(
      'guarantee[sd]?',
      'guaranteeing',
      'permanent(?:ly)?',
      'risk[- ]free',
      '(?:completely|totally|100% ?) safe',
      'works for every(?:one|body)',
    ),
    why: 'No cosmetic treatment works the same way for everyone. The advertising rules treat a promised or lasting result as a claim the clinic must prove, and rulings against clinics often start with it.',
    instead: 'Say what it may do: "It may reduce the appearance of scars."',
    stops: false,
  },
  {
    kind: 'a claim to be the best',
    pattern: words(
      'the (?:very )?best',
      'best results?',
      'the most (?:effective|advanced|powerful|successful|popular|innovative|natural)',
      'the (?:safest|fastest|leading)',
      'number one',
      'no\\.? ?1',
      'unrivalled',
      'unbeatable',
      'world[- ]class',
      'second to none',
    ),
    why: 'A claim to be the best or the most effective must be proved against every other clinic and treatment. The advertising rules expect proof the clinic is unlikely to hold.',
    instead: 'Describe the treatment itself: "The treatment can help the skin make new collagen."',
    stops: false,
  },
  {
    kind: 'a promise of no pain or no recovery',
    pattern: words(
      'painless(?:ly)?',
      'pain[- ]free',
      'no pain',
      "(?:won't|will not|doesn't|does not) hurt",
      '(?:no|zero) downtime',
      'no recovery time',
      'no side[- ]effects',
    ),
    why: 'Most treatments that break the skin cause some discomfort, redness or recovery time. A promise of none misleads, and the advertising rules expect side effects not to be played down.',
    instead:
      'Say what the client will feel: "A numbing cream is put on first, so most people feel only a little discomfort."',
    stops: false,
  },
  {
    kind: 'a claim of proof without its source',
    pattern: words(
      '(?:clinically|scientifically|medically) (?:proven|tested|shown)',
      'proven to',
      'studies (?:show|prove)',
      'research (?:shows|proves)',
    ),
    why: 'The advertising rules expect proof of a claim like this to be held, and named where it is made. A reader cannot check it without the study.',
    instead:
      'Name the study, or say less: "Small studies suggest it may help with acne scars." If the clinic holds the study, add the sentence to content/allowed-wording.yaml with its name.',
    stops: false,
  },
  {
    kind: 'a percentage',
    pattern: words('\\d+(?:\\.\\d+)? ?(?:%|per ?cent)'),
    why: 'A percentage ("90% of clients") is a claim of measured results. The advertising rules expect the clinic to hold the study it comes from.',
    instead: 'Say it in words that need no measurement: "most people", "many clients".',
    stops: false,
  },
  {
    kind: 'pressure to book',
    pattern: words(
      'today only',
      'limited[- ]time',
      'book (?:now|today)',
      'hurry',
      "(?:don't|do not) miss out",
      'last chance',
      'ends (?:today|tonight|soon)',
      'while (?:stocks|spaces) last',
      'only \\d+ (?:places|slots|spaces|appointments) left',
    ),
    why: "CAP's guidance on cosmetic interventions says an advert must not rush anyone into a decision about their body. Time-limited offers do that.",
    instead:
      'Give time to think: "Book a consultation first. There is no need to decide on the day."',
    stops: false,
  },
  {
    kind: 'making light of a treatment',
    pattern: words(
      'lunch ?time',
      'lunch[- ]break',
      'quick fix(?:es)?',
      'quick and easy',
      'no[- ]brainer',
      'miracle',
      'magic(?:al)?',
      'instant(?:ly)? results?',
      'instant(?:ly)?',
      'effortless(?:ly)?',
    ),
    why: 'The advertising rules expect a cosmetic treatment to be shown as the medical procedure it is, not as something trivial or magical.',
    instead:
      'Say how long it takes and what follows: "A session takes about an hour. Your skin may be red for up to 3 days."',
    stops: false,
  },
  {
    kind: 'a prescription-only medicine',
    pattern: words(
      'botox',
      'baby botox',
      'botulinum(?: toxin)?',
      'dysport',
      'azzalure',
      'bocouture',
      'xeomin',
      'vistabel',
      'letybo',
      'anti[- ]wrinkle injections?',
      'wrinkle[- ]relaxing injections?',
      'muscle[- ]relaxing injections?',
      'ozempic',
      'wegovy',
      'mounjaro',
      'saxenda',
      'semaglutide',
      'tirzepatide',
      'liraglutide',
      'weight[- ]loss (?:injections?|jabs?)',
      'skinny jabs?',
      'tretinoin',
      'hydroquinone',
    ),
    why: 'UK law forbids advertising a prescription-only medicine to the public, and a clinic\'s website is an advert. The ASA also treats "anti-wrinkle injections" as naming one. The site cannot be published with these words.',
    instead:
      'Talk about the consultation, not the medicine: "At a consultation, a prescriber talks you through treatments for lines and wrinkles."',
    stops: true,
  },
];
