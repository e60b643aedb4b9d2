import 'src/reference/reference-enums';

export * from 'src/reference/cefr';
export * from 'src/reference/countries';
export * from 'src/reference/eqf';
export * from 'src/reference/languages';
export * from 'src/reference/validators';
