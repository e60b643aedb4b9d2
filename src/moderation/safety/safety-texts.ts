/*
 * Every safety text candidates read, in every language, in this one file: the advice of
 * `safetyAdvice` and the warnings of `Vacancy.safety`. Plain words, short sentences, one
 * idea per item. A language is complete or absent: safety.spec.ts checks that each has
 * every item and every warning. To add one, copy the English block and translate it whole.
 */

/** Warnings a vacancy can carry for candidates. */
export type SafetyWarning = 'FEES_MENTIONED' | 'DOCUMENTS_MENTIONED' | 'PAY_UNUSUAL' | 'EMPLOYER_NOT_VERIFIED';

export interface SafetyTexts {
  advice: readonly string[];
  warnings: Readonly<Record<SafetyWarning, string>>;
}

export const FALLBACK_LANGUAGE = 'en';

export const SAFETY_TEXTS: Readonly<Record<string, SafetyTexts>> = {
  en: {
    advice: [
      'A real job never asks you to pay. Do not pay for a job offer, a visa, a work permit, a plane ticket, training or a medical check before you start work. If someone asks you for money, stop and report the vacancy.',
      'Keep your passport and identity papers with you. An employer may look at them or take a copy, but nobody may keep them.',
      "Check the employer. Look up the company's name, its address and its registration number in the country of the job. Be careful if you can reach the recruiter only through a private phone number, WhatsApp or a free email address.",
      "Check the programme. If the vacancy names a Talent Partnership or another programme, ask the programme's office in your country whether the vacancy is really part of it.",
      'Before you travel, ask for a written contract in a language you understand. It must say the pay, the working hours, the place of work and who pays for travel and housing.',
      'Never agree to enter a country without the right visa or work permit, and do not let anyone get false papers for you.',
      'If something feels wrong, report the vacancy on Pathways. You can do it without an account.',
      'Where to get help: EURES advisers and the EU Immigration Portal explain how to come to an EU country to work. In an emergency, anywhere in the EU, call 112. If you think that you or someone else is a victim of trafficking, contact the police or a local organisation that helps victims.',
    ],
    warnings: {
      FEES_MENTIONED:
        'This vacancy mentions costs for workers. A person checked it, but remember: you should not pay for a job. Ask who pays each cost before you agree.',
      DOCUMENTS_MENTIONED:
        'This vacancy mentions your passport or identity papers. Nobody may keep them: show them or give a copy only.',
      PAY_UNUSUAL:
        'The pay offered is far from what this job usually pays in this country. Ask for the pay in writing and check it carefully.',
      EMPLOYER_NOT_VERIFIED: 'Pathways has not verified this employer.',
    },
  },
  fr: {
    advice: [
      "Un vrai emploi ne vous demande jamais de payer. Ne payez pas pour une offre d'emploi, un visa, un permis de travail, un billet d'avion, une formation ou une visite médicale avant de commencer à travailler. Si quelqu'un vous demande de l'argent, arrêtez et signalez l'offre.",
      "Gardez votre passeport et vos papiers d'identité avec vous. Un employeur peut les regarder ou en faire une copie, mais personne n'a le droit de les garder.",
      "Vérifiez l'employeur. Cherchez le nom de l'entreprise, son adresse et son numéro d'immatriculation dans le pays de l'emploi. Méfiez-vous si vous ne pouvez joindre le recruteur que par un numéro privé, WhatsApp ou une adresse e-mail gratuite.",
      "Vérifiez le programme. Si l'offre cite un partenariat pour les talents ou un autre programme, demandez au bureau du programme dans votre pays si l'offre en fait vraiment partie.",
      'Avant de partir, demandez un contrat écrit dans une langue que vous comprenez. Il doit indiquer le salaire, les horaires, le lieu de travail et qui paie le voyage et le logement.',
      "N'acceptez jamais d'entrer dans un pays sans le bon visa ou le bon permis de travail, et ne laissez personne vous procurer de faux papiers.",
      'Si quelque chose vous semble anormal, signalez l’offre sur Pathways. Vous pouvez le faire sans compte.',
      "Où trouver de l'aide : les conseillers EURES et le portail européen de l'immigration expliquent comment venir travailler dans un pays de l'UE. En cas d'urgence, partout dans l'UE, appelez le 112. Si vous pensez que vous-même ou une autre personne êtes victime de traite des êtres humains, contactez la police ou une association locale d'aide aux victimes.",
    ],
    warnings: {
      FEES_MENTIONED:
        "Cette offre parle de frais pour les travailleurs. Une personne l'a vérifiée, mais rappelez-vous : vous ne devez pas payer pour un emploi. Demandez qui paie chaque frais avant d'accepter.",
      DOCUMENTS_MENTIONED:
        "Cette offre parle de votre passeport ou de vos papiers d'identité. Personne n'a le droit de les garder : montrez-les ou donnez-en seulement une copie.",
      PAY_UNUSUAL:
        "Le salaire proposé est très différent de ce que ce métier paie d'habitude dans ce pays. Demandez le salaire par écrit et vérifiez-le bien.",
      EMPLOYER_NOT_VERIFIED: "Pathways n'a pas vérifié cet employeur.",
    },
  },
  ar: {
    advice: [
      'الوظيفة الحقيقية لا تطلب منك أن تدفع أي مال. لا تدفع مقابل عرض عمل أو تأشيرة أو تصريح عمل أو تذكرة طيران أو تدريب أو فحص طبي قبل أن تبدأ العمل. إذا طلب منك أحد مالاً، توقّف وأبلغ عن عرض العمل.',
      'احتفظ بجواز سفرك ووثائق هويتك معك. يمكن لصاحب العمل أن يطّلع عليها أو يأخذ نسخة منها، لكن لا يحق لأحد أن يحتفظ بها.',
      'تحقّق من صاحب العمل. ابحث عن اسم الشركة وعنوانها ورقم تسجيلها في البلد الذي توجد فيه الوظيفة. كن حذراً إذا كان التواصل مع الوسيط لا يتم إلا عبر رقم هاتف خاص أو واتساب أو بريد إلكتروني مجاني.',
      'تحقّق من البرنامج. إذا ذكر العرض شراكة مواهب أو برنامجاً آخر، فاسأل مكتب البرنامج في بلدك إن كانت الوظيفة جزءاً منه فعلاً.',
      'قبل السفر، اطلب عقداً مكتوباً بلغة تفهمها. يجب أن يذكر العقد الأجر وساعات العمل ومكان العمل ومن يدفع تكاليف السفر والسكن.',
      'لا تقبل أبداً دخول بلد دون التأشيرة أو تصريح العمل الصحيحين، ولا تسمح لأحد بأن يوفّر لك وثائق مزوّرة.',
      'إذا شعرت أن شيئاً ما غير طبيعي، أبلغ عن عرض العمل على Pathways. يمكنك فعل ذلك دون إنشاء حساب.',
      'أين تجد المساعدة: يشرح مستشارو EURES وبوابة الهجرة التابعة للاتحاد الأوروبي كيف تأتي للعمل في بلد من بلدان الاتحاد. في حالة الطوارئ، اتصل بالرقم 112 في أي بلد من بلدان الاتحاد الأوروبي. إذا كنت تعتقد أنك أو شخصاً آخر ضحية للاتجار بالبشر، فاتصل بالشرطة أو بمنظمة محلية تساعد الضحايا.',
    ],
    warnings: {
      FEES_MENTIONED:
        'يذكر هذا العرض تكاليف يدفعها العامل. راجعه شخص من فريقنا، لكن تذكّر: لا يجب أن تدفع مقابل الحصول على عمل. اسأل من يدفع كل تكلفة قبل أن توافق.',
      DOCUMENTS_MENTIONED:
        'يذكر هذا العرض جواز سفرك أو وثائق هويتك. لا يحق لأحد أن يحتفظ بها: اعرضها أو أعطِ نسخة منها فقط.',
      PAY_UNUSUAL:
        'الأجر المعروض بعيد جداً عن الأجر المعتاد لهذه الوظيفة في هذا البلد. اطلب الأجر مكتوباً وتحقّق منه جيداً.',
      EMPLOYER_NOT_VERIFIED: 'لم تتحقق Pathways من صاحب العمل هذا.',
    },
  },
  es: {
    advice: [
      'Un empleo real nunca le pide que pague. No pague por una oferta de trabajo, un visado, un permiso de trabajo, un billete de avión, una formación o un reconocimiento médico antes de empezar a trabajar. Si alguien le pide dinero, no siga adelante y denuncie la oferta.',
      'Guarde usted mismo su pasaporte y sus documentos de identidad. Un empleador puede verlos o hacer una copia, pero nadie puede quedárselos.',
      'Compruebe quién es el empleador. Busque el nombre de la empresa, su dirección y su número de registro en el país del empleo. Desconfíe si solo puede hablar con el reclutador por un número de teléfono privado, WhatsApp o un correo electrónico gratuito.',
      'Compruebe el programa. Si la oferta menciona una Asociación de Talentos u otro programa, pregunte a la oficina del programa en su país si la oferta forma parte de él de verdad.',
      'Antes de viajar, pida un contrato por escrito en un idioma que entienda. Debe indicar el salario, el horario, el lugar de trabajo y quién paga el viaje y el alojamiento.',
      'No acepte nunca entrar en un país sin el visado o el permiso de trabajo correctos, y no deje que nadie le consiga documentos falsos.',
      'Si algo no le parece normal, denuncie la oferta en Pathways. Puede hacerlo sin tener una cuenta.',
      'Dónde pedir ayuda: los consejeros EURES y el Portal de Inmigración de la UE explican cómo ir a trabajar a un país de la UE. En caso de emergencia, en cualquier país de la UE, llame al 112. Si cree que usted u otra persona es víctima de trata de seres humanos, contacte con la policía o con una organización local que ayude a las víctimas.',
    ],
    warnings: {
      FEES_MENTIONED:
        'Esta oferta menciona costes para los trabajadores. Una persona la ha revisado, pero recuerde: no debe pagar por un empleo. Pregunte quién paga cada coste antes de aceptar.',
      DOCUMENTS_MENTIONED:
        'Esta oferta menciona su pasaporte o sus documentos de identidad. Nadie puede quedárselos: enséñelos o entregue solo una copia.',
      PAY_UNUSUAL:
        'El salario ofrecido es muy distinto del que suele pagarse por este trabajo en este país. Pida el salario por escrito y compruébelo bien.',
      EMPLOYER_NOT_VERIFIED: 'Pathways no ha verificado a este empleador.',
    },
  },
  pt: {
    advice: [
      'Um emprego verdadeiro nunca lhe pede que pague. Não pague por uma oferta de emprego, um visto, uma autorização de trabalho, a viagem de avião, uma formação ou um exame médico antes de começar a trabalhar. Se alguém lhe pedir dinheiro, pare e denuncie a oferta.',
      'Guarde consigo o seu passaporte e os seus documentos de identidade. Um empregador pode vê-los ou tirar uma cópia, mas ninguém pode ficar com eles.',
      'Verifique o empregador. Procure o nome da empresa, o endereço e o número de registo no país do emprego. Desconfie se só conseguir falar com o recrutador por um número de telefone privado, WhatsApp ou um e-mail gratuito.',
      'Verifique o programa. Se a oferta mencionar uma Parceria de Talentos ou outro programa, pergunte ao escritório do programa no seu país se a oferta faz mesmo parte dele.',
      'Antes de viajar, peça um contrato escrito numa língua que compreenda. O contrato deve indicar o salário, o horário, o local de trabalho e quem paga a viagem e o alojamento.',
      'Nunca aceite entrar num país sem o visto ou a autorização de trabalho certos, e não deixe ninguém arranjar-lhe documentos falsos.',
      'Se alguma coisa lhe parecer errada, denuncie a oferta no Pathways. Pode fazê-lo sem ter conta.',
      'Onde pedir ajuda: os conselheiros EURES e o Portal da Imigração da UE explicam como ir trabalhar para um país da UE. Numa emergência, em qualquer país da UE, ligue 112. Se achar que você ou outra pessoa é vítima de tráfico de seres humanos, contacte a polícia ou uma organização local de apoio às vítimas.',
    ],
    warnings: {
      FEES_MENTIONED:
        'Esta oferta fala de custos para os trabalhadores. Uma pessoa verificou-a, mas lembre-se: não deve pagar por um emprego. Pergunte quem paga cada custo antes de aceitar.',
      DOCUMENTS_MENTIONED:
        'Esta oferta fala do seu passaporte ou dos seus documentos de identidade. Ninguém pode ficar com eles: mostre-os ou entregue apenas uma cópia.',
      PAY_UNUSUAL:
        'O salário oferecido está muito longe do que este trabalho costuma pagar neste país. Peça o salário por escrito e verifique-o com cuidado.',
      EMPLOYER_NOT_VERIFIED: 'O Pathways não verificou este empregador.',
    },
  },
  de: {
    advice: [
      'Eine echte Stelle verlangt nie Geld von Ihnen. Zahlen Sie nichts für ein Stellenangebot, ein Visum, eine Arbeitserlaubnis, den Flug, eine Schulung oder eine ärztliche Untersuchung, bevor Sie die Arbeit beginnen. Wenn jemand Geld von Ihnen verlangt, brechen Sie ab und melden Sie das Angebot.',
      'Behalten Sie Ihren Reisepass und Ihre Ausweispapiere selbst. Ein Arbeitgeber darf sie ansehen oder eine Kopie machen, aber niemand darf sie behalten.',
      'Prüfen Sie den Arbeitgeber. Suchen Sie Namen, Anschrift und Registernummer des Unternehmens im Land der Stelle. Seien Sie vorsichtig, wenn Sie den Vermittler nur über eine private Telefonnummer, WhatsApp oder eine kostenlose E-Mail-Adresse erreichen.',
      'Prüfen Sie das Programm. Nennt das Angebot eine Talentpartnerschaft oder ein anderes Programm, fragen Sie das Büro des Programms in Ihrem Land, ob die Stelle wirklich dazugehört.',
      'Verlangen Sie vor der Reise einen schriftlichen Vertrag in einer Sprache, die Sie verstehen. Darin müssen Lohn, Arbeitszeit und Arbeitsort stehen und wer Reise und Unterkunft bezahlt.',
      'Reisen Sie nie ohne das richtige Visum oder die richtige Arbeitserlaubnis in ein Land ein, und lassen Sie sich von niemandem falsche Papiere besorgen.',
      'Wenn Ihnen etwas seltsam vorkommt, melden Sie das Angebot bei Pathways. Das geht auch ohne Konto.',
      'Hier gibt es Hilfe: Die EURES-Beraterinnen und -Berater und das EU-Einwanderungsportal erklären, wie Sie zum Arbeiten in ein EU-Land kommen. Im Notfall wählen Sie überall in der EU die 112. Wenn Sie glauben, dass Sie oder jemand anderes Opfer von Menschenhandel sind, wenden Sie sich an die Polizei oder an eine Beratungsstelle für Betroffene vor Ort.',
    ],
    warnings: {
      FEES_MENTIONED:
        'In diesem Angebot ist von Kosten für Arbeitskräfte die Rede. Eine Person hat es geprüft, aber denken Sie daran: Für eine Stelle sollten Sie nichts bezahlen. Fragen Sie, wer welche Kosten trägt, bevor Sie zusagen.',
      DOCUMENTS_MENTIONED:
        'In diesem Angebot geht es um Ihren Reisepass oder Ihre Ausweispapiere. Niemand darf sie behalten: Zeigen Sie sie vor oder geben Sie nur eine Kopie ab.',
      PAY_UNUSUAL:
        'Der angebotene Lohn weicht stark von dem ab, was diese Arbeit in diesem Land üblicherweise bringt. Lassen Sie sich den Lohn schriftlich geben und prüfen Sie ihn genau.',
      EMPLOYER_NOT_VERIFIED: 'Pathways hat diesen Arbeitgeber nicht überprüft.',
    },
  },
};
