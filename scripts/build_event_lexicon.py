"""Temporary generator of src/veille/lang/fr/event_lexicon.tsv (deleted once the TSV is reviewed).

Written code by code from the CAMEO codes (CAMEO2PLOVER-2021 and the English patterns of CAMEO.2.0.verbs.txt) and
the PLOVER manual. One line per CAMEO code: `CODE: entry; entry; ...`. Entry syntax:
`[n:]lemma[/prep][!mode][*|~][#note]` — `n:` noun (else verb, or locution when it has a space), `se `/`s'` marks a
reflexive, `*`/`~` force speech on/off, `!mode` overrides the code's mode, `#note` adds a note.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from veille.lang.event_lexicon import read_cameo2plover  # noqa: E402

# Codes PLOVER drops (01, 02) or maps differently from its manual: type, mode, reason written in the note.
REMAP = {
    "015": ("CONCEDE", "", "remap=PLOVER drops CAMEO 01; acknowledging responsibility is a verbal concession"),
    "016": ("REJECT", "", "remap=PLOVER drops CAMEO 01; denying responsibility is a rejection (manual note 2)"),
    "018": ("SUPPORT", "", "remap=PLOVER drops CAMEO 01; sympathy is verbal support"),
    "019": ("SUPPORT", "", "remap=PLOVER drops CAMEO 01; expressing accord is verbal support"),
    "163": ("SANCTION", "discontinue", "remap=PLOVER manual codes international sanctions as SANCTION discontinue"),
    "116": ("SANCTION", "convict", "remap=PLOVER manual codes a conviction as SANCTION convict"),
}
DROPPED = {"010", "011", "012", "013", "014", "017"}
SPEECH_ROOTS = ("01", "02", "03", "10", "11", "12", "13")
SPEECH_CODES = {"051", "052", "053", "055", "056", "036", "139"}
NOT_SPEECH = {"017", "115", "116", "128", "129", "133"}

RECIPROCAL = {"signer", "conclure accord", "parvenir à accord", "trouver accord", "convenir", "rencontrer",
              "entretenir", "discuter", "négocier", "réunir", "dialoguer", "n:négociation", "pourparlers", "rencontre",
              "sommet", "réconcilier", "affronter", "affrontement", "combat", "échange de tir", "accrochage",
              "escarmouche", "trêve", "cessez-le-feu", "accord", "traité", "pacte", "entente", "alliance",
              "partenariat", "négociation", "discussion", "entretien", "réunion", "échange de prisonnier"}

DATA: list[str] = []

DATA.append("""
010: déclarer; annoncer; n:déclaration; n:communiqué; publier communiqué; n:annonce; tenir conférence de presse; prendre parole
011: refuser de commenter; garder silence; se refuser à commentaire
012: s'inquiéter/de; s'alarmer/de; craindre; redouter; n:inquiétude; n:préoccupation; exprimer préoccupation; se dire préoccupé; s'émouvoir/de
013: se féliciter/de; se réjouir/de; n:optimisme; se montrer optimiste; se dire confiant
014: envisager; étudier option; examiner possibilité; étudier piste; plancher/sur
015: reconnaître responsabilité; admettre; avouer; assumer responsabilité; faire mea culpa; n:aveu; reconnaître tort; reconnaître erreur; reconnaître faute; reconnaître défaite; concéder défaite
015: revendiquer#plover_dropped claim of an attack attributes an ASSAULT; n:revendication#plover_dropped claim of an attack attributes an ASSAULT
016: nier; démentir; réfuter; n:démenti; n:dénégation; nier implication; nier responsabilité; se défendre/de; rejeter responsabilité; décliner responsabilité; rejeter accusation; n:réfutation
017: observer minute de silence; déposer gerbe; mettre drapeau en berne; décréter deuil national
018: présenter condoléances/à; n:condoléances; exprimer solidarité/avec; n:solidarité/avec; n:compassion; compatir/à; exprimer compassion; témoigner solidarité/à; adresser condoléances/à
019: partager position; se rallier/à; se ranger/à; partager analyse; abonder/dans; souscrire/à; n:convergence de vue; être sur même ligne/que
020: appeler; recommander; suggérer; préconiser#proposed by --propose and reviewed; exhorter; inviter/à; implorer; supplier; solliciter; plaider/pour; lancer appel/à; n:appel; adjurer; conjurer; prier; n:supplique; n:plaidoyer; interpeller#needs_object an authority addressed publicly; lancer cri de alarme; tirer sonnette de alarme; en appeler/à
021: appeler à coopération; solliciter coopération; plaider pour coopération; inviter à coopérer
0211: appeler à échange commercial; plaider pour ouverture de marché; solliciter investissement; appeler à investir
0212: solliciter coopération militaire; plaider pour défense commune
0213: solliciter entraide judiciaire; n:commission rogatoire~
0214: solliciter renseignement; appeler à partage de renseignement
022: solliciter soutien; appeler à soutien; plaider pour reconnaissance; solliciter appui; chercher soutien; rechercher soutien; n:quête de soutien
023: appeler à aide; solliciter aide; lancer appel de fonds; n:appel de fonds; n:appel à aide; appeler à secours; appeler communauté internationale
0231: solliciter prêt; solliciter financement; appeler à allègement de dette; solliciter crédit
0232: solliciter arme; solliciter livraison de arme; appeler à armer
0233: lancer appel humanitaire; n:appel humanitaire; appeler à aide humanitaire; appeler à couloir humanitaire
0234: solliciter protection; appeler à protection; demander asile; solliciter asile
0241: appeler à démission; plaider pour départ
0242: plaider pour changement; appeler à réforme; appeler à changement de cap
0243: plaider pour droit; appeler à respect de droit
0244: appeler à élection; plaider pour réforme constitutionnelle
025: appeler à retenue; appeler à calme; appeler à apaisement; exhorter à retenue; appeler à modération
0251: plaider pour assouplissement
0253: appeler à libération; plaider pour libération; plaider pour grâce; solliciter grâce; appeler à relâcher
0254: plaider pour levée de sanction; appeler à levée de embargo
0255: appeler à accès humanitaire; plaider pour ouverture de frontière
0256: appeler à cessez-le-feu; appeler à trêve; appeler à désescalade; appeler à arrêt de combat; appeler à fin de violence; appeler à cessation de hostilité; exhorter à désescalade
026: appeler à dialogue; appeler à négociation; inviter à table de négociation; appeler à reprise de pourparlers
027: appeler à solution politique; appeler à règlement; plaider pour solution négociée; appeler à compromis
028: appeler à médiation; solliciter médiation; solliciter bon office
""")

DATA.append("""
030: promettre; convenir/de; s'engager/à; n:promesse; n:engagement; se dire prêt; se déclarer prêt; proposer; n:proposition; offrir; tendre main/à; faire geste~; se dire disposé; manifester volonté; n:main tendue; prendre engagement; faire promesse; se montrer ouvert
031: proposer coopération/à; promettre coopération; n:projet de coopération~; s'engager à coopérer
0311: promettre investissement; s'engager à investir; n:promesse de investissement; proposer accord commercial; promettre ouverture de marché
0312: promettre coopération militaire; proposer alliance; n:offre de alliance
0313: promettre coopération judiciaire; s'engager à extrader
0314: promettre partage de renseignement
032: promettre soutien/à; assurer de soutien; promettre appui; s'engager à soutenir; assurer de solidarité; promettre reconnaissance
033: promettre aide/à; n:promesse de aide; annoncer aide; s'engager à aider; promettre enveloppe; n:promesse de don
0331: promettre financement; promettre prêt; promettre million; promettre milliard; n:conférence de donateur~; annoncer plan de aide
0332: promettre arme/à; promettre livraison de arme; s'engager à livrer; promettre armement
0333: promettre aide humanitaire; promettre secours; promettre vivres
0334: proposer force de paix; promettre casque bleu; proposer envoi de force; promettre protection
034: promettre réforme; s'engager à réformer; annoncer réforme; n:promesse de réforme
0341: promettre élection; annoncer élection anticipée; promettre alternance; promettre démission
0342: promettre changement; s'engager à revoir; promettre révision
0343: promettre liberté; s'engager à respecter droit
0344: promettre réforme constitutionnelle; annoncer référendum; promettre transition
035: se dire prêt à concession; envisager concession; se dire prêt à compromis
0351: promettre assouplissement; envisager assouplissement
0352: promettre amnistie; promettre dialogue national
0353: promettre libération; s'engager à libérer; promettre restitution
0354: promettre levée de sanction; envisager levée de sanction; envisager levée de embargo
0355: accepter inspecteur; accepter observateur
0356: promettre retrait; s'engager à retirer; promettre désescalade; promettre cessez-le-feu; se dire prêt à trêve; proposer trêve; proposer cessez-le-feu; n:offre de trêve
036: proposer rencontre/à; proposer négociation; se dire prêt à négocier; se dire prêt à dialoguer; accepter rencontre; accepter négociation; accepter invitation; inviter/à#needs_object invitation to a meeting or visit; n:invitation; proposer sommet; annoncer rencontre; annoncer visite; prévoir visite; programmer visite
037: proposer plan de paix; proposer règlement; n:plan de paix~; n:feuille de route~; proposer solution; s'engager à régler
038: accepter médiation; accepter bon office
039: proposer médiation; proposer bon office; offrir médiation; se proposer comme médiateur; n:offre de médiation
""")

DATA.append("""
040: consulter; s'entretenir/avec; discuter/avec; n:entretien/avec; n:discussion/avec; n:consultation/avec; rencontrer; n:rencontre/avec; se réunir/avec; n:réunion/avec; conférer/avec; n:tête-à-tête/avec; n:conversation/avec; dialoguer/avec; n:dialogue/avec; échanger/avec; n:échange/avec; tenir réunion; tenir consultation; n:concertation/avec; se concerter/avec; faire point/avec; n:pourparlers/avec; n:conciliabule; convoquer#needs_object summoning an official (CAMEO SUMMON); n:convocation/de; n:entrevue/avec; n:rencontre bilatérale/avec; n:réunion de crise; n:session de négociation
041: téléphoner/à; n:entretien téléphonique/avec; n:appel téléphonique; s'entretenir par téléphone/avec; n:visioconférence/avec; n:échange téléphonique/avec; joindre par téléphone; n:coup de fil/à; appeler#needs_object a phone call to an actor; s'entretenir à téléphone/avec
042: visiter; rendre visite/à; n:visite/à; se rendre/à; n:déplacement/à; se déplacer/à; effectuer visite; effectuer déplacement; n:tournée; n:voyage officiel; n:visite officielle; n:visite de État; débarquer/à; n:visite éclair/à; n:visite surprise/à; n:visite de travail/à
043: recevoir; accueillir; recevoir en visite; accueillir sommet
044: se retrouver/à; n:sommet!multilateral; n:conférence internationale!multilateral; n:sommet trilatéral!multilateral; n:sommet bilatéral
044: participer à sommet!multilateral; n:sommet de G20!multilateral; n:conférence multilatérale!multilateral; n:réunion ministérielle!multilateral
045: servir de médiateur; n:médiation/entre; jouer rôle de médiateur; n:facilitation; faciliter discussion; jouer intermédiaire; n:navette diplomatique; n:bon office
046: négocier/avec; n:négociation/avec; n:pourparlers/avec; mener négociation; engager négociation; entamer négociation; ouvrir négociation; reprendre négociation; n:cycle de négociation; n:round de négociation; négocier accord; se asseoir à table de négociation; n:table ronde; n:tractation; n:marchandage; marchander/avec; n:négociation directe/avec; n:négociation indirecte/avec; n:dialogue stratégique/avec
""")

DATA.append("""
050: renouer/avec; rétablir relation/avec; normaliser relation/avec; n:normalisation/avec; n:rapprochement/avec; se rapprocher/de; réchauffer relation; n:réchauffement/avec; améliorer relation; renforcer lien; n:reprise de relation; nouer relation/avec; établir relation diplomatique; rouvrir ambassade; n:réouverture de ambassade; n:dégel/entre
051: saluer; féliciter; n:félicitation; louer; applaudir; approuver; se féliciter de#with_object praise of an actor or act; rendre hommage/à; n:hommage/à; saluer courage; encenser; complimenter; n:éloge; faire éloge; n:approbation; n:satisfecit; adouber; cautionner; avaliser; soutenir; n:soutien/à; apporter soutien/à; affirmer soutien/à; réaffirmer soutien/à; exprimer soutien/à; manifester soutien/à; appuyer; n:appui/à; apporter appui/à; endosser; plébisciter; remercier; n:remerciement/à; se solidariser/avec; donner feu vert/à; n:feu vert/à; donner aval/à; n:aval/à
052: défendre; prendre défense/de; voler à secours/de; se porter garant/de; se ranger derrière; faire bloc derrière; prendre parti/pour; monter à créneau pour; n:plaidoyer/pour; se ranger à côté/de; faire corps/avec
053: rallier; mobiliser soutien; n:ralliement/à~; fédérer; rassembler/autour de; n:campagne de soutien~; former coalition; se allier/avec; rallier à cause; n:front commun~; faire front commun~; n:union sacrée~; serrer rang
054: reconnaître#needs_object recognition of a state or government; n:reconnaissance#needs_modifier diplomatic recognition; reconnaître indépendance; reconnaître État; reconnaître gouvernement; reconnaître souveraineté; accréditer; n:accréditation
055: s'excuser/auprès de; présenter excuse/à; n:excuse; demander pardon/à; n:pardon; regretter; exprimer regret; n:regret; faire acte de contrition; n:repentance
056: pardonner/à; gracier~; n:grâce~; absoudre; amnistier~; n:amnistie~; n:réconciliation/avec~; se réconcilier/avec; tourner page
057: signer; n:signature; ratifier; n:ratification; parapher; conclure accord/avec; n:accord/avec; n:traité/avec; n:pacte/avec; n:entente/avec; sceller accord; parvenir à accord; n:protocole de accord; n:mémorandum; trouver accord; s'entendre/avec; se mettre de accord/avec; n:accord-cadre; n:compromis; trouver compromis; conclure compromis; n:mémorandum de entente; entériner; officialiser accord; n:alliance/avec; conclure alliance; nouer alliance; n:partenariat/avec; n:partenariat stratégique/avec; signer partenariat; adhérer/à; n:adhésion/à
""")

DATA.append("""
060: coopérer/avec; n:coopération/avec; collaborer/avec; n:collaboration/avec; n:projet commun; n:programme conjoint; mettre en commun; unir effort; conjuguer effort; n:mutualisation; mutualiser; n:jumelage; n:accord de coopération/avec; renforcer coopération/avec; approfondir coopération/avec; n:renforcement de coopération/avec
061: commercer/avec; n:échange commercial/avec; investir/dans; n:investissement/dans; n:accord commercial/avec; n:accord de libre-échange/avec; n:coopération économique/avec; ouvrir marché; n:zone de libre-échange; n:union douanière; n:coentreprise; décrocher contrat; signer contrat; n:accord gazier; n:accord énergétique; n:swap de devise
062: n:coopération militaire/avec; n:exercice conjoint/avec; n:manœuvre conjointe/avec; mener exercice conjoint; n:patrouille conjointe; n:opération conjointe; n:accord de défense/avec; accueillir troupe; accueillir base; n:interopérabilité; n:alliance militaire; intégrer OTAN
063: extrader/vers; n:extradition/vers; remettre à justice; livrer à justice; n:entraide judiciaire; transférer à CPI; n:coopération judiciaire/avec; n:coopération policière/avec
064: partager renseignement/avec; n:partage de renseignement/avec; échanger information/avec; n:échange de information/avec; n:coopération antiterroriste/avec; transmettre renseignement/à; n:coopération en matière de renseignement
""")

DATA.append("""
070: aider; n:aide/à; apporter aide/à; fournir aide/à; accorder aide/à; n:assistance/à; prêter assistance/à; porter assistance/à; venir en aide/à; secourir; n:soutien matériel/à; épauler; débloquer aide; envoyer aide/à; n:don/à; faire don/à; offrir/à#needs_object a material gift; verser contribution; n:enveloppe/pour; n:programme de aide; n:plan de soutien
071: financer; n:financement/de; accorder prêt/à; n:prêt/à; octroyer prêt/à; n:subvention/à; subventionner; verser/à; n:versement/à; débloquer fonds/pour; débloquer million; débloquer milliard; n:aide financière/à; n:aide économique/à; annuler dette/de; n:annulation de dette; restructurer dette; n:rééchelonnement; renflouer; n:renflouement; n:plan de sauvetage; n:aide budgétaire; accorder crédit/à; n:ligne de crédit;verser indemnité; verser réparation
072: livrer arme/à; n:livraison de arme/à; fournir arme/à; armer; n:aide militaire/à; n:assistance militaire/à; n:fourniture de arme; livrer char/à; livrer missile/à; livrer munition/à; former soldat; entraîner force; n:formation militaire; n:paquet de aide militaire; n:vente de arme/à; n:livraison de munition; n:transfert de arme/à; fournir munition/à; envoyer instructeur
073: n:aide humanitaire/à; acheminer aide/à; n:acheminement de aide; distribuer vivres/à; n:distribution de vivres; larguer vivres/à; envoyer vivres/à; n:convoi humanitaire; envoyer secours/à; n:aide alimentaire/à; n:aide médicale/à; évacuer blessé; n:pont aérien; ravitailler; n:ravitaillement; n:corridor humanitaire; héberger réfugié; accueillir réfugié; secourir sinistré; n:aide d'urgence
074: n:mission de paix; n:mission de maintien de paix; déployer casque bleu; s'interposer/entre; n:interposition; escorter; n:escorte; garantir sécurité/de; n:garantie de sécurité/à
075: accorder asile/à; n:asile/à; offrir asile/à; n:statut de réfugié; accorder statut de réfugié; accueillir opposant
""")

DATA.append("""
080: céder/à; n:concession/à; faire concession/à; reculer; lâcher lest; faire marche arrière; s'incliner/devant; capituler#needs_object a verbal yield; obtempérer; se plier/à; n:reculade; mettre de eau dans vin; revenir sur décision; renoncer/à; n:renoncement/à; abandonner#needs_object a plan or demand; n:abandon/de; battre en retraite#with_object a policy retreat; transiger; lâcher terrain; donner gain de cause/à; n:volte-face; faire volte-face; faire machine arrière; faire geste de apaisement; n:geste de apaisement
081: assouplir; n:assouplissement/de; alléger; n:allègement/de; lever interdiction; n:levée de interdiction; lever restriction; n:levée de restriction; lever mesure; suspendre mesure; lever immunité; abroger; n:abrogation; annuler décision; lever sanction administrative
0811: lever censure; rétablir liberté; lever interdiction de manifester; autoriser manifestation; rétablir internet
0812: légaliser parti; autoriser parti; lever inéligibilité; autoriser candidature
082: n:amnistie générale; tolérer manifestation; ouvrir dialogue/avec; n:dialogue national; autoriser rassemblement; renoncer à poursuite
083: accepter réforme; accéder à revendication; satisfaire revendication; céder à pression; accepter exigence; donner satisfaction/à; n:satisfaction de revendication
0831: démissionner=RETREAT!resign#remap=PLOVER manual: an official resignation is RETREAT resign; n:démission=RETREAT!resign#remap=PLOVER manual: an official resignation is RETREAT resign; remettre démission=RETREAT!resign#remap=PLOVER manual: an official resignation is RETREAT resign; quitter pouvoir=RETREAT!resign#remap=PLOVER manual: an official resignation is RETREAT resign; renoncer à pouvoir=RETREAT!resign#remap=PLOVER manual: an official resignation is RETREAT resign; céder pouvoir=RETREAT!resign#remap=PLOVER manual: an official resignation is RETREAT resign; passer main=RETREAT!resign#remap=PLOVER manual: an official resignation is RETREAT resign; jeter éponge=RETREAT!resign#remap=PLOVER manual: an official resignation is RETREAT resign; renvoyer gouvernement
0832: retirer projet; retirer réforme; renoncer à réforme; suspendre réforme; retirer texte; n:retrait de projet; n:moratoire; revoir copie; geler réforme; n:gel de réforme
0833: accorder droit/à; reconnaître droit/à; accorder liberté; accorder autonomie/à
0834: organiser référendum#needs_context a concession to demands; convoquer élection; réviser constitution; n:révision constitutionnelle
""")

DATA.append("""
084: restituer/à; n:restitution/à; rendre/à#needs_object return of persons or property; rapatrier; n:rapatriement
0841: libérer; n:libération/de; relâcher; remettre en liberté; n:remise en liberté; n:échange de prisonnier; échanger prisonnier; élargir#needs_object release of a prisoner; n:élargissement; gracier prisonnier; relaxer; n:relaxe; libérer otage; relâcher otage; remettre otage/à; n:libération de otage; rendre liberté/à; n:levée de écrou; libérer sous caution; libérer prisonnier politique
0842: restituer bien; rendre territoire; rétrocéder; n:rétrocession; restituer avoir; dégeler avoir; n:dégel de avoir; restituer dépouille; rendre corps; rendre dépouille; n:restitution de territoire
085: lever sanction/contre; n:levée de sanction/contre; lever embargo/sur; n:levée de embargo/sur; alléger sanction/contre; n:allègement de sanction; suspendre sanction; lever blocus économique; lever boycott; n:fin de embargo
086: autoriser accès/à; ouvrir frontière/à; laisser entrer; admettre observateur; accepter présence internationale
0861: accepter casque bleu; accueillir force de paix; autoriser déploiement de casque bleu
0862: accueillir inspecteur; autoriser inspection; laisser inspecteur; ouvrir site à inspection; n:inspection/de
0863: laisser passer convoi; laisser entrer aide; ouvrir corridor humanitaire; autoriser acheminement de aide; ouvrir point de passage; n:ouverture de corridor humanitaire; rouvrir point de passage
087: désamorcer tension; n:désescalade; apaiser tension; n:apaisement; démilitariser; n:démilitarisation; réduire présence militaire; suspendre opération; suspendre frappe; n:suspension de frappe; cesser hostilité; n:cessation de hostilité; cesser combat; arrêter combat; n:arrêt de combat; n:fin de offensive; mettre fin à offensive; mettre terme à offensive; n:pause humanitaire!ceasefire
0871: n:cessez-le-feu!ceasefire; n:trêve!ceasefire; conclure trêve; décréter trêve; déclarer cessez-le-feu; proclamer cessez-le-feu; instaurer cessez-le-feu; respecter cessez-le-feu; observer trêve; respecter trêve; n:armistice; signer armistice; n:trêve humanitaire; décréter cessez-le-feu unilatéral; proclamer trêve
0872: lever siège/de; n:levée de siège; lever blocus/de; n:levée de blocus; desserrer étau; lever encerclement; lever barrage
0873: désarmer; n:désarmement; démobiliser; n:démobilisation; rendre arme; déposer arme; n:dépôt de arme; remettre arme; n:remise de arme; démanteler arsenal; détruire stock; n:démantèlement/de; renoncer à arme nucléaire; n:dénucléarisation; dénucléariser; n:déminage; démanteler milice
0874: retirer/de!withdraw; n:retrait/de!withdraw; se replier!withdraw; n:repli!withdraw; évacuer!withdraw; n:évacuation/de!withdraw; quitter!withdraw#needs_object a territory or base left by armed forces; capituler!disarm; n:capitulation!disarm; se rendre!disarm#needs_object a surrender of forces; n:reddition!disarm; battre en retraite!withdraw; abandonner position!withdraw; n:désengagement!withdraw; se désengager!withdraw; rapatrier troupe!withdraw; n:rapatriement de troupe!withdraw; hisser drapeau blanc!disarm; fermer base!withdraw; n:fermeture de base!withdraw; retirer troupe/de!withdraw; n:retrait de troupe/de!withdraw; n:retrait militaire/de!withdraw
0813: lever couvre-feu; n:levée de couvre-feu; assouplir couvre-feu; alléger couvre-feu
0814: lever état de urgence; n:levée de état de urgence; lever loi martiale; n:levée de loi martiale; mettre fin à état de urgence; lever état de siège
""")

DATA.append("""
090: enquêter/sur; n:enquête/sur; ouvrir enquête/sur; n:ouverture de enquête; n:investigation/sur; mener enquête; diligenter enquête; lancer enquête; n:commission de enquête; créer commission de enquête; n:audition/de; auditionner; interroger#needs_object questioning by investigators; n:interrogatoire; n:mission de enquête; n:mission de établissement de fait; n:inspection; inspecter; n:contrôle fiscal; n:audit; n:information judiciaire; ouvrir information judiciaire; se pencher sur; faire lumière sur; n:examen préliminaire; n:enquête préliminaire; n:enquête parlementaire
091: enquêter sur corruption; n:enquête pour corruption; n:enquête anticorruption; n:enquête pour fraude; n:enquête pour détournement; éplucher compte; n:enquête fiscale; n:enquête pour blanchiment
092: enquêter sur violation de droit de homme; n:enquête sur violation; documenter exaction; recenser abus; n:mission de observation
093: enquêter sur frappe; n:enquête sur bombardement; n:enquête militaire; n:enquête interne
094: enquêter sur crime de guerre; n:enquête pour crime de guerre; n:enquête pour crime contre humanité; ouvrir enquête pour crime de guerre; n:enquête de CPI; n:examen de CPI; saisir CPI
""")

DATA.append("""
100: demander; exiger; réclamer; n:demande/à; n:exigence; sommer; enjoindre/à; n:injonction/à; intimer/à; presser; mettre en demeure; n:mise en demeure; n:revendication#needs_object a demand — the claim of an attack is under 015; revendiquer#needs_object a demand for a right or good; n:réclamation; insister/pour; conditionner/à; poser condition; n:requête; adresser requête/à; formuler demande; n:doléance; réitérer demande; n:sommation; mettre pression/sur~; faire pression/sur~; presser de agir; ordonner/à#needs_object an order to another actor; n:pétition~; lancer pétition~; n:cahier de doléance~
101: réclamer coopération; exiger coopération; demander coopération
1011: réclamer coopération économique; exiger ouverture de marché; réclamer investissement; réclamer accord commercial
1012: réclamer coopération militaire; réclamer soutien militaire; réclamer intervention militaire; exiger engagement militaire
102: réclamer soutien diplomatique; exiger reconnaissance; réclamer appui politique; exiger condamnation; réclamer soutien politique
1013: demander extradition/de; réclamer extradition/de; n:demande de extradition; n:demande de entraide judiciaire; réclamer remise/de
1014: réclamer information; exiger transparence; demander renseignement
103: demander aide/à; réclamer aide; n:demande de aide; réclamer soutien; exiger aide; réclamer moyen
1031: demander prêt/à; réclamer fonds; réclamer financement; demander rallonge; réclamer indemnisation; réclamer réparation; n:demande de réparation
1032: réclamer arme; demander livraison de arme; exiger arme; réclamer munition; réclamer char; réclamer avion de chasse; demander système de défense
1033: réclamer aide humanitaire; demander accès humanitaire; exiger accès humanitaire; réclamer couloir humanitaire
1034: réclamer protection/à; demander protection; réclamer force de paix; réclamer zone de exclusion aérienne; demander casque bleu
104: exiger réforme; réclamer réforme; n:revendication politique
1041: exiger démission/de; réclamer démission/de; demander démission/de; réclamer départ/de; exiger départ/de; réclamer tête/de; n:appel à démission; exiger limogeage/de; réclamer limogeage/de; demander destitution/de; réclamer destitution; n:motion de censure~; déposer motion de censure~
1042: exiger retrait/de#needs_object a bill or measure; réclamer abrogation; exiger abandon; réclamer suspension; exiger changement; réclamer moratoire
1043: réclamer droit; exiger liberté; réclamer égalité; réclamer justice; exiger respect de droit
1044: exiger élection; réclamer élection anticipée; réclamer référendum; exiger dissolution; réclamer transition; exiger nouvelle constitution
105: exiger concession; exiger reddition; exiger capitulation; sommer de rendre
1051: réclamer assouplissement; exiger levée de restriction
1052: exiger fin de répression; réclamer amnistie
1053: exiger libération/de; réclamer libération/de; demander libération/de; n:demande de libération; exiger restitution/de; réclamer restitution/de; exiger remise en liberté; réclamer rançon/à; n:rançon~; exiger rançon
1054: réclamer levée de sanction; exiger levée de embargo; demander levée de sanction; demander allègement de sanction
1055: exiger accès; réclamer enquête internationale; exiger présence de observateur; réclamer accès à inspecteur
1056: exiger cessez-le-feu; réclamer cessez-le-feu; exiger retrait de troupe; exiger retrait/de!yield; réclamer trêve; exiger arrêt de frappe; exiger fin de offensive; exiger désarmement; exiger cessation de hostilité; lancer ultimatum#with_object a demand to stop fighting
106: exiger négociation; réclamer négociation; exiger rencontre; réclamer réunion; demander réunion; réclamer dialogue; demander convocation; réclamer réunion de urgence; demander réunion de Conseil de sécurité
107: exiger règlement; réclamer solution politique; exiger accord
108: réclamer médiation; demander médiation; réclamer arbitrage; n:demande de arbitrage
""")

DATA.append("""
110: désapprouver; n:désapprobation; regretter#with_object disapproval of an act of another actor; déplorer; n:réprobation; réprouver; se désolidariser/de; prendre distance/avec; n:mécontentement; exprimer mécontentement; manifester mécontentement; s'offusquer/de; s'indigner/de; n:indignation; n:colère/contre; exprimer colère; s'agacer/de; n:agacement; s'irriter/de; n:irritation; tiquer; grincer de dent; voir rouge; n:réserve/sur; émettre réserve; émettre critique; n:désaveu; désavouer; jeter froid; n:grief/contre; se brouiller/avec; n:passe de arme/avec
111: critiquer; n:critique/contre; dénoncer; n:dénonciation; condamner; n:condamnation/de; fustiger; blâmer; n:blâme; stigmatiser; vilipender; pourfendre; étriller; épingler; tancer; sermonner; conspuer~; huer~; n:huée~; railler; se moquer/de; ironiser/sur; tacler; égratigner; éreinter; attaquer#needs_object a verbal attack (speech); s'en prendre/à; tirer à boulet rouge/sur; n:charge/contre; n:attaque verbale; n:diatribe/contre; n:réquisitoire/contre; n:pamphlet; n:invective; invectiver; insulter; n:insulte; injurier; n:injure; traiter de; qualifier de; taxer de; décrier; n:mise en cause/de; mettre en cause; rappeler à ordre; n:rappel à ordre; recadrer; n:recadrage; admonester; réprimander; n:réprimande; faire reproche/à; reprocher/à; n:reproche/à; n:camouflet/à~; infliger camouflet~; désavouer publiquement; mettre à pilori~; clouer à pilori~; jeter opprobre/sur; n:opprobre~; s'insurger/contre; s'élever/contre; monter à créneau contre; hausser ton/contre; dénoncer vigoureusement; n:tollé~; susciter tollé~; provoquer tollé~; n:levée de bouclier~; n:salve de critique; n:volée de bois vert; n:fronde/contre~; n:bronca/contre; n:coup de gueule/contre; pousser coup de gueule/contre
112: accuser!allege; n:accusation/contre!allege; incriminer!allege; imputer/à!allege; attribuer/à!allege#with_object an attack or responsibility; rendre responsable!allege; tenir pour responsable!allege; désigner coupable!allege; pointer de doigt!allege; pointer responsabilité/de!allege; soupçonner!allege; n:soupçon/contre!allege; suspecter!allege; mettre en cause!allege; n:mise en cause!allege; reprocher!allege; faire porter chapeau/à!allege; imputer responsabilité/à!allege; n:allégation/contre!allege; alléguer!allege; prétendre!allege#with_object an allegation against an actor; montrer de doigt!allege
1121: accuser de corruption!allege; inculper~; n:inculpation~; mettre en examen~; n:mise en examen~; n:chef de accusation~; poursuivre!allege~#with_object legal proceedings; n:poursuite/contre~; engager poursuite/contre~; requérir; n:réquisition~; n:réquisitoire; renvoyer devant tribunal~; n:renvoi devant tribunal~; déférer~; accuser de fraude!allege; accuser de détournement!allege; soupçonner de corruption!allege; n:affaire de corruption~; n:scandale de corruption~; inculper de corruption~; mettre en accusation~; n:mise en accusation~; n:acte de accusation~; accuser de complicité!allege
1122: accuser de violation de droit de homme; accuser de torture; dénoncer exaction; dénoncer violation; n:accusation de torture; dénoncer répression; accuser de persécution; dénoncer détention arbitraire
1123: accuser de agression; accuser de ingérence; dénoncer agression; dénoncer ingérence; n:accusation de ingérence; dénoncer provocation; accuser de provocation; dénoncer invasion; accuser de violer frontière; accuser de violer espace aérien; dénoncer violation de espace aérien; dénoncer violation de souveraineté
1124: accuser de crime de guerre; accuser de génocide; accuser de crime contre humanité; dénoncer crime de guerre; n:accusation de génocide; accuser de nettoyage ethnique; accuser de massacre; dénoncer massacre; accuser de utiliser arme chimique; qualifier de génocide; qualifier de crime de guerre; accuser de terrorisme; qualifier de terroriste
1125: accuser de espionnage; accuser de trahison; n:accusation de espionnage; inculper pour espionnage~; inculper pour trahison~; accuser de espionner; taxer de traître; accuser de intelligence avec ennemi; n:haute trahison~
113: appeler à boycott/de; mobiliser contre~; fédérer opposition~; rallier contre~; n:campagne/contre~; mener campagne/contre~; appeler à isoler; lever fronde~; n:cabale/contre~; n:fronde~; n:pétition/contre~; appeler à sanctionner; ameuter~
114: porter réclamation; n:protestation officielle/auprès de; élever protestation/auprès de; n:protestation/contre; protester/contre!disapprove#needs_object a verbal complaint; adresser protestation/à; n:note de protestation; remettre note de protestation; convoquer ambassadeur~; n:convocation de ambassadeur~; convoquer chargé de affaire~; saisir ONU~; saisir Conseil de sécurité~; n:plainte officielle; déposer plainte officielle~; se plaindre/de; n:doléance officielle; saisir OMC~; déposer recours/contre~; n:recours/contre~; n:lettre de protestation; n:démarche diplomatique~
115: porter plainte/contre; n:plainte/contre; déposer plainte/contre; assigner en justice; n:assignation; poursuivre en justice; attaquer en justice; traduire en justice; traîner en justice; saisir justice; saisir tribunal; saisir cour; ester en justice; intenter action/contre; intenter procès/à; n:procès/contre; n:action en justice/contre; se porter partie civile; n:constitution de partie civile; n:recours en justice; n:citation à comparaître; citer à comparaître; juger; n:jugement; traduire devant; n:comparution; comparaître; renvoyer en procès; n:procédure/contre; lancer procédure/contre; engager procédure/contre; n:procédure de infraction/contre; n:procédure de destitution/contre; lancer procédure de destitution; n:destitution; destituer
116: condamner/à#with_object a sentence: prison or fine or death; n:condamnation/à#with_object a sentence; reconnaître coupable; déclarer coupable; n:verdict/contre; n:peine de prison; infliger amende/à; n:amende/à; écoper/de; n:peine/à; prononcer peine; n:sentence; n:réclusion; n:perpétuité; n:peine capitale; n:peine de mort; condamner à mort; condamner par contumace; invalider; n:invalidation; censurer#needs_object a law struck down by a court; n:sanction pénale; prononcer inéligibilité; n:inéligibilité; annuler élection
""")

DATA.append("""
120: rejeter; n:rejet/de; refuser; n:refus/de; récuser; repousser; balayer; écarter; décliner; opposer fin de non-recevoir/à; n:fin de non-recevoir; dire non/à; opposer refus/à; s'opposer/à; désavouer#with_object rejection of a proposal; contester; n:contestation/de; dénier; rejeter en bloc; rejeter catégoriquement; n:non catégorique; faire barrage/à~; barrer route/à~; bloquer~#needs_object a proposal or text blocked; n:blocage/de~; torpiller~#needs_object a plan or negotiation; enterrer~#needs_object a plan buried; dénoncer accord; se retirer de accord~; n:niet; opposer niet; rester sourd/à~; faire sourde oreille~; ignorer~#needs_object a demand ignored; n:obstruction~; tenir bon~; camper sur position~; n:intransigeance~; se montrer inflexible~; balayer de revers de main; fermer porte/à
121: refuser coopération; rejeter coopération; refuser de coopérer
1211: refuser investissement; rejeter accord commercial; refuser de commercer
1212: refuser coopération militaire; refuser base; refuser survol; refuser de participer à coalition
1213: refuser extradition/de; rejeter demande de extradition; n:refus de extrader; refuser de extrader; refuser de livrer
1214: refuser partage de renseignement; refuser de partager renseignement
1221: refuser prêt; refuser allègement de dette; refuser renflouement; refuser rallonge
1222: refuser livraison de arme; refuser de livrer arme; refuser arme; refuser de fournir arme
1242: maintenir interdiction de manifester; refuser amnistie; refuser de dialoguer avec manifestant
122: refuser aide; rejeter demande de aide; refuser financement; refuser plan de aide
1223: refuser aide humanitaire
1224: refuser protection; refuser casque bleu
123: rejeter réforme; refuser réforme; n:refus de réforme
1231: refuser de démissionner; exclure démission; refuser de quitter pouvoir; s'accrocher à pouvoir~; se maintenir à pouvoir~; refuser de partir~
1232: refuser de reculer; maintenir réforme; refuser de retirer; exclure retrait; refuser de renoncer
1233: refuser droit/à; dénier droit/à
1234: refuser élection; refuser référendum; rejeter transition; refuser réforme constitutionnelle
124: refuser de céder; refuser concession; exclure concession; refuser de plier; refuser compromis
1241: refuser de lever interdiction; maintenir restriction
1243: refuser de libérer; refuser libération; refuser de relâcher; refuser de rendre
1244: refuser de lever sanction; maintenir sanction; reconduire sanction
1245: refuser accès/à; refuser entrée; refuser visa/à; n:refus de visa; refuser inspection; interdire accès/à; refuser observateur
1246: refuser cessez-le-feu; rejeter trêve; refuser de retirer troupe; exclure retrait; refuser de déposer arme; rejeter appel à cessez-le-feu; refuser trêve
125: refuser négociation; refuser de négocier; rejeter offre de dialogue; refuser de rencontrer; n:refus de négocier; refuser dialogue; boycotter négociation~; claquer porte/de~; quitter table de négociation~; exclure négociation; exclure dialogue
126: refuser médiation; rejeter médiation
127: rejeter plan de paix; rejeter accord; rejeter proposition; refuser plan; rejeter résolution; rejeter compromis; rejeter ultimatum; refuser de signer; refuser de ratifier; n:refus de ratifier; n:rejet de plan; rejeter texte
128: défier; n:défi/à; braver; enfreindre; violer#needs_object a law or rule violated; n:violation/de~; bafouer; fouler à pied; passer outre/à; s'affranchir/de; contrevenir/à; désobéir/à; n:désobéissance~; n:désobéissance civile~; transgresser; ignorer interdiction; braver interdiction; défier autorité; n:insoumission~; narguer; violer embargo; violer sanction; contourner sanction; n:contournement de sanction~
129: opposer veto/à; n:veto/à; mettre veto/à; user de droit de veto; bloquer résolution; n:droit de veto
""")

DATA.append("""
130: menacer; n:menace/contre; brandir menace/de; agiter menace/de; lancer menace; proférer menace/contre; avertir; n:avertissement/à; mettre en garde/contre; n:mise en garde/à; intimider~; n:intimidation~; n:chantage/à; faire chantage; prévenir#with_object a warning of consequences; montrer muscle~; hausser ton/contre; montrer dent~; bomber torse~; faire monter pression~; n:escalade verbale; n:ton menaçant; promettre représailles/à; menacer de représailles; promettre riposte; n:épée de Damoclès~; tenir en respect~; adresser avertissement/à; lancer avertissement/à; n:sommation; agiter spectre/de; faire planer menace/sur; n:coup de semonce/à; tirer coup de semonce
131: menacer de mesure; n:menace de mesure; brandir menace de mesure; menacer de conséquence
1311: menacer de couper aide; menacer de suspendre aide; menacer de geler aide; menacer de réduire aide; conditionner aide
1312: menacer de sanction; brandir sanction; n:menace de sanction; menacer de embargo; menacer de boycott; brandir menace de sanction; menacer de taxe; menacer de droit de douane; brandir arme économique; n:menace de embargo
1313: menacer de rompre; menacer de rompre relation; menacer de rappeler ambassadeur; menacer de expulser diplomate
132: menacer de interdire; menacer de poursuite; menacer de suspendre
1321: menacer de censurer; menacer de fermer journal; menacer de couper internet
1322: menacer de dissoudre parti; menacer de interdire parti; menacer de dissolution
1323: menacer de couvre-feu; menacer de confiner
1324: menacer de décréter état de urgence; brandir état de urgence; menacer de instaurer loi martiale
133: menacer de grève; brandir menace de grève; menacer de manifester; menacer de descendre dans rue; n:préavis de grève; déposer préavis de grève; menacer de bloquer; menacer de démissionner; menacer de boycotter; menacer de quitter coalition; menacer de motion de censure
134: menacer de quitter négociation; menacer de suspendre négociation; menacer de rompre négociation; menacer de claquer porte
135: menacer de suspendre médiation; menacer de retirer médiation
136: menacer de expulser; menacer de retirer mission; menacer de renvoyer casque bleu; menacer de expulser ONG
137: menacer de réprimer; promettre répression; menacer de écraser révolte; promettre châtiment; menacer de sévir
138: menacer de attaquer; menacer de frapper; menacer de intervenir; menacer de intervention militaire; n:menace de intervention; menacer de riposte militaire; menacer de représailles militaire; menacer de guerre; n:menace de guerre; menacer de recourir à force; n:menace de recours à force; brandir menace militaire; menacer de bombarder; menacer de envahir; n:bruit de botte~; promettre vengeance; jurer de venger; menacer de anéantir; menacer de rayer de carte; menacer de représailles; n:menace militaire
1381: menacer de blocus; menacer de fermer détroit; menacer de bloquer port
1382: menacer de annexer; menacer de occuper; n:menace de annexion; revendiquer territoire#needs_object a territorial claim
1383: menacer de attentat; menacer de commettre attentat; menacer de frapper cible civile; menacer de prise de otage
1384: menacer de offensive; menacer de lancer offensive; menacer de frappe; brandir menace de offensive; n:menace de offensive; menacer de bombardement; promettre riposte militaire
1385: menacer de arme nucléaire; brandir menace nucléaire; n:menace nucléaire; n:chantage nucléaire; agiter menace nucléaire; menacer de utiliser arme chimique; menacer de frappe nucléaire
139: lancer ultimatum/à; n:ultimatum/à; adresser ultimatum/à; fixer ultimatum; donner délai/à; fixer date butoir/à; poser ultimatum; sommer de obtempérer; n:dernier avertissement
""")

DATA.append("""
140: protester/contre; n:protestation/contre; n:contestation; contester#with_object a street or mass protest; n:mouvement de protestation; n:mouvement social; n:fronde; se mobiliser/contre; n:mobilisation/contre; n:colère sociale; se soulever/contre; n:soulèvement/contre; n:révolte/contre; se révolter/contre; n:insurrection/contre; s'insurger/contre; n:dissidence; s'immoler#self-immolation as a protest; n:désobéissance civile; entrer en résistance; n:résistance/contre#needs_modifier civil resistance; n:vandalisme!vandalize; vandaliser!vandalize; dégrader!vandalize; taguer!vandalize; déboulonner statue!vandalize; n:contestataire; n:protestataire; n:grogne
141: manifester/contre; n:manifestation/contre; défiler; n:défilé; descendre dans rue; n:rassemblement/contre; se rassembler/devant; n:cortège; n:marche/contre; marcher/contre; n:sit-in; organiser sit-in; n:manifestant; battre pavé; n:chaîne humaine; former chaîne humaine; n:concert de casserole; occuper place; n:occupation de place; n:mobilisation#needs_modifier a street protest; n:journée de mobilisation; n:journée de action; manifester devant; scander; brandir pancarte; brandir banderole; n:contre-manifestation; n:marche blanche; n:mobilisation massive; investir rue
1411: manifester pour départ; n:manifestation antigouvernementale; n:manifestation contre gouvernement; n:manifestation contre régime; n:manifestation contre président; scander dégage
1412: manifester contre réforme; n:manifestation contre réforme; manifester contre loi; n:manifestation contre projet; manifester contre vie chère
1413: manifester pour liberté; manifester pour droit; n:marche pour droit; n:marche de fierté; n:marche pour climat; manifester pour égalité
1414: manifester pour démocratie; n:manifestation prodémocratie; manifester pour indépendance; n:manifestation indépendantiste; manifester contre coup de État; n:marche pour démocratie
142: faire grève de faim!hunger; n:grève de faim!hunger; n:gréviste de faim!hunger; entamer grève de faim!hunger; observer grève de faim!hunger; n:jeûne de protestation!hunger; n:grève de soif!hunger
143: faire grève!strike; n:grève!strike; se mettre en grève!strike; n:gréviste!strike; entrer en grève!strike; débrayer!strike; n:débrayage!strike; n:arrêt de travail!strike; cesser travail!strike; n:mouvement de grève!strike; n:grève générale!strike; n:grève reconductible!strike; appeler à grève!strike#call_for: the strike called for may not have happened; n:appel à grève!strike#call_for: the strike called for may not have happened; n:préavis de grève!strike; grever!strike; n:piquet de grève!strike; n:journée morte!strike; n:opération ville morte!strike; n:grève de zèle!strike; n:grève perlée!strike; boycotter!boycott; n:boycott!boycott; n:boycottage!boycott; appeler à boycott!boycott; bouder!boycott#with_object a boycotted event; n:chaise vide!boycott; pratiquer politique de chaise vide!boycott; n:abstention militante!boycott
1431: n:grève politique!strike
144: bloquer!obstruct#with_object a protest blockade; n:blocage!obstruct; n:barrage!obstruct; ériger barricade!obstruct; n:barricade!obstruct; dresser barricade!obstruct; n:barrage filtrant!obstruct; occuper!obstruct#with_object an occupation by protesters; n:occupation!obstruct#needs_modifier occupation of a site by protesters; paralyser!obstruct; n:paralysie!obstruct; n:opération escargot!obstruct; bloquer route!obstruct; bloquer accès!obstruct; bloquer raffinerie!obstruct; bloquer dépôt!obstruct; bloquer rocade!obstruct; bloquer port!obstruct; n:blocus!obstruct#needs_modifier a blockade by protesters; n:zone à défendre!obstruct; n:ZAD!obstruct; s'enchaîner/à!obstruct; n:campement!obstruct#needs_modifier a protest camp
145: n:émeute!riot; n:émeutier!riot; casser!riot#with_object rioters' damage; n:casseur!riot; n:échauffourée!riot; n:heurt!riot; n:affrontement/avec!riot#with_object clashes between protesters and police; saccager!riot; n:saccage!riot; piller!riot; n:pillage!riot; incendier voiture!riot; brûler voiture!riot; n:violence urbaine!riot; n:guérilla urbaine!riot; n:nuit de émeute!riot; lancer pierre!riot; jeter pierre!riot; n:jet de pierre!riot; n:cocktail Molotov!riot; lancer cocktail Molotov!riot; n:intifada!riot; n:débordement!riot; dégénérer!riot; s'affronter/avec!riot#with_object protesters against the police; n:rixe!riot; n:flambée de violence!riot; n:embrasement!riot; caillasser!riot; n:caillassage!riot; n:mutinerie!riot; se mutiner!riot
1451: n:émeute antigouvernementale!riot
1452: n:émeute de faim!riot; n:émeute de pain!riot
""")

DATA.append("""
150: n:démonstration de force!troops; n:test!weapons#with_object a missile or nuclear test; faire démonstration de force!troops; montrer force!troops; n:parade militaire!troops; n:défilé militaire!troops; n:démonstration militaire!troops; n:exercice militaire!troops; n:manœuvre militaire!troops; mener manœuvre!troops; organiser exercice!troops; n:exercice naval!troops; n:exercice aérien!troops; tester!weapons#with_object a missile or weapon tested; n:essai!weapons#with_object a missile or nuclear or ballistic test; n:essai nucléaire!weapons; n:essai balistique!weapons; n:essai de missile!weapons; tirer missile!weapons#with_object a test firing not at a target; procéder à essai!weapons; n:tir de essai!weapons; lancer missile balistique!weapons; n:tir de missile!weapons; n:lancement de missile!weapons; n:lancement de satellite militaire!weapons; survoler!troops#with_object military aircraft over a territory; n:survol!troops#needs_modifier a military overflight; n:incursion aérienne!troops; n:violation de espace aérien!troops; n:patrouille!troops; patrouiller!troops; n:patrouille navale!troops; n:démonstration navale!troops; n:bruit de botte!troops; n:intimidation militaire!troops; enrichir uranium!weapons; n:enrichissement de uranium!weapons; développer arme nucléaire!weapons; n:course à armement!weapons; n:réarmement!weapons; réarmer!weapons; militariser!troops; n:militarisation!troops; n:exercice de tir!weapons
151: renforcer sécurité; n:renforcement de sécurité; relever niveau de alerte; n:alerte attentat; n:plan Vigipirate; placer en état de alerte; n:contrôle à frontière; rétablir contrôle à frontière; renforcer dispositif de sécurité; n:dispositif de sécurité; n:dispositif policier; n:bouclage; boucler!police#with_object an area sealed by police; quadriller; n:quadrillage
152: mettre en alerte!troops; placer armée en alerte; n:état de alerte; relever niveau de alerte militaire; mettre en état de alerte; n:alerte maximale; placer force nucléaire en alerte; mettre en alerte force nucléaire; n:mise en alerte; n:branle-bas de combat
153: déployer policier; n:déploiement de policier; mobiliser policier; mobiliser force de ordre; déployer force de ordre; dépêcher renfort policier; n:renfort policier; n:renfort de police; envoyer CRS; déployer gendarme; mobiliser gendarme; mobiliser police
154: déployer; n:déploiement/à; mobiliser#needs_object troops or reservists; n:mobilisation#needs_modifier military or general mobilisation; masser troupe/à; n:concentration de troupe; envoyer troupe/à; dépêcher troupe/à; envoyer renfort; n:renfort; dépêcher renfort/à; acheminer troupe; n:envoi de troupe/à; prépositionner; rappeler réserviste; mobiliser réserviste; n:mobilisation générale; décréter mobilisation générale; n:mobilisation partielle; n:conscription; enrôler; n:enrôlement; recruter combattant; augmenter effectif; renforcer présence militaire; n:renforcement militaire; n:montée en puissance; envoyer porte-avions; déployer navire; déployer bombardier; déployer missile; déployer char; armer milice!militia; lever milice!militia; mobiliser combattant!militia; n:levée en masse!troops
""")

DATA.append("""
160: réduire relation/avec; n:dégradation de relation; geler relation/avec; n:gel de relation; refroidir relation; n:refroidissement/avec; prendre distance/avec; suspendre coopération/avec!discontinue; n:suspension de coopération/avec!discontinue; mettre fin à coopération/avec!discontinue; dénoncer traité!discontinue; se retirer de traité!withdraw; sortir de accord!withdraw; n:sortie de accord!withdraw; se retirer de accord!withdraw; quitter organisation!withdraw; n:retrait de organisation!withdraw; claquer porte de organisation!withdraw; suspendre participation!withdraw; suspendre/de!expel#with_object a member suspended from a group; exclure/de!expel; n:exclusion/de!expel; n:suspension/de!expel#needs_modifier a member suspended; expulser de parti!expel; radier/de!expel; n:radiation!expel; annuler visite!withdraw; reporter visite!withdraw; n:annulation de visite!withdraw; annuler sommet!withdraw; boycotter sommet!withdraw; n:boycott diplomatique!withdraw; bouder sommet!withdraw; fermer frontière/avec!discontinue; n:fermeture de frontière!discontinue; suspendre vol/vers!discontinue; interdire espace aérien/à!discontinue; fermer espace aérien/à!discontinue; suspendre accord!discontinue; n:suspension de accord!discontinue; résilier contrat!discontinue; n:résiliation!discontinue; suspendre importation!discontinue; interdire importation!discontinue; suspendre exportation!discontinue; n:embargo sur exportation!discontinue; n:droit de douane!discontinue; imposer droit de douane/sur!discontinue; n:surtaxe!discontinue; taxer!discontinue#with_object punitive tariffs on a country; n:guerre commerciale!discontinue; n:mesure de rétorsion!discontinue; n:rétorsion!discontinue; prendre mesure de rétorsion/contre!discontinue; mettre à ban!expel; n:mise à ban!expel
161: rompre relation/avec!withdraw; n:rupture/avec!withdraw; n:rupture de relation!withdraw; rompre relation diplomatique/avec!withdraw; n:rupture de relation diplomatique!withdraw; couper pont/avec!withdraw; rompre lien/avec!withdraw; rappeler ambassadeur!withdraw; n:rappel de ambassadeur!withdraw; rappeler diplomate!withdraw; fermer ambassade!withdraw; n:fermeture de ambassade!withdraw; fermer consulat!withdraw; rappeler pour consultation!withdraw; déclarer persona non grata!expel; n:persona non grata!expel; expulser ambassadeur!expel; expulser diplomate!expel; n:expulsion de diplomate!expel; abaisser niveau de relation!withdraw; retirer accréditation!withdraw; rompre!withdraw#with_object relations broken
162: suspendre aide/à!discontinue; couper aide/à!discontinue; geler aide/à!discontinue; n:suspension de aide/à!discontinue; n:gel de aide!discontinue; réduire aide/à!discontinue; supprimer aide/à!discontinue; n:coupe dans aide!discontinue; couper vivres/à!discontinue; mettre fin à aide!discontinue; cesser aide!discontinue; retirer aide!discontinue
1621: geler fonds/de!discontinue; suspendre financement/de!discontinue; n:gel de financement!discontinue; couper financement!discontinue; suspendre versement/à!discontinue; geler crédit!discontinue; suspendre prêt!discontinue; n:suspension de financement!discontinue; couper robinet!discontinue
1622: suspendre livraison de arme/à!discontinue; cesser livraison de arme!discontinue; suspendre aide militaire!discontinue; n:suspension de aide militaire!discontinue; geler aide militaire!discontinue; suspendre coopération militaire!discontinue; suspendre vente de arme!discontinue
1623: suspendre aide humanitaire!discontinue; couper aide humanitaire!discontinue; suspendre financement de agence!discontinue
163: sanctionner; n:sanction/contre; imposer sanction/à; infliger sanction/à; adopter sanction/contre; prendre sanction/contre; décréter sanction/contre; durcir sanction/contre; alourdir sanction; n:durcissement de sanction; étendre sanction; prolonger sanction; reconduire sanction; n:train de sanction/contre; n:paquet de sanction/contre; n:régime de sanction; n:embargo/contre; imposer embargo/à; décréter embargo/contre; n:embargo sur arme; n:embargo pétrolier; geler avoir/de; n:gel de avoir; geler bien; n:gel de bien; n:liste noire; inscrire sur liste noire; mettre sur liste noire; blacklister; n:boycott économique; boycotter produit; n:interdiction de visa; interdire de territoire; n:interdiction de territoire; n:blocus économique; étrangler économiquement; n:asphyxie économique; n:mesure punitive; n:sanction économique; n:sanction financière; n:sanction ciblée; exclure de SWIFT; n:exclusion de SWIFT; n:plafonnement de prix
164: suspendre négociation/avec!withdraw; rompre négociation/avec!withdraw; quitter négociation!withdraw; n:suspension de négociation!withdraw; interrompre pourparlers!withdraw; geler pourparlers!withdraw; claquer porte de négociation!withdraw; mettre fin à négociation!withdraw; n:rupture de négociation!withdraw; suspendre dialogue/avec!withdraw; rompre dialogue/avec!withdraw; n:suspension de dialogue!withdraw; quitter table!withdraw; suspendre participation à négociation!withdraw
165: suspendre médiation!withdraw; mettre fin à médiation!withdraw; se retirer de médiation!withdraw; renoncer à médiation!withdraw; n:fin de médiation!withdraw
166: expulser/de!expel#needs_object diplomats or a foreign mission; n:expulsion/de!expel#needs_modifier diplomats or a foreign mission; renvoyer/de!expel#with_object foreign officials or missions sent away; chasser/de!expel#with_object a foreign mission; retirer mission!withdraw; rappeler mission!withdraw; retirer personnel diplomatique!withdraw; évacuer ambassade!withdraw; n:évacuation de ambassade!withdraw; retirer contingent/de!withdraw; rapatrier personnel!withdraw; mettre fin à mission/de!expel
1661: expulser casque bleu!expel; mettre fin à mission de paix!expel; retirer casque bleu!withdraw; n:retrait de casque bleu!withdraw; retirer force de paix!withdraw
1662: expulser inspecteur!expel; expulser observateur!expel; n:expulsion de inspecteur!expel; retirer observateur!withdraw; expulser enquêteur!expel
1663: expulser ONG!expel; n:expulsion de ONG!expel; suspendre activité de ONG!expel; chasser ONG!expel; interdire ONG!expel; retirer agence!withdraw; suspendre agence humanitaire!expel; expulser humanitaire!expel
""")

DATA.append("""
170: renverser#with_object a government overthrown — CAMEO OVERTHROW is 180 but veille codes a coup as COERCE; n:putsch; n:coup de État; tenter coup de État; n:tentative de coup de État; fomenter coup de État; n:coup de force; prendre pouvoir#with_object power taken by force; s'emparer de pouvoir; exercer contrainte/sur; n:coercition; mettre à pas; n:mise à pas; museler!censor; n:muselière!censor; n:harcèlement/contre; harceler; persécuter; n:persécution/contre; surveiller#with_object surveillance of opponents; espionner; mettre sur écoute; n:mise sur écoute; n:cyberattaque!cyber; pirater!cyber; n:piratage!cyber; n:attaque informatique!cyber; n:rançongiciel!cyber; n:intrusion informatique!cyber; n:désinformation!misinformation; n:campagne de désinformation!misinformation; n:propagande!misinformation; manipuler!misinformation#with_object manipulation of information; n:ingérence numérique!misinformation; n:infox!misinformation; couper électricité!withhold; couper eau!withhold; couper gaz!withhold; n:coupure de électricité!withhold; priver de eau!withhold; priver de électricité!withhold; affamer!withhold; n:famine organisée!withhold; bloquer aide humanitaire!withhold; entraver aide!withhold; n:entrave à aide!withhold; couper approvisionnement!withhold; fermer robinet de gaz!withhold; n:chantage énergétique!withhold; couper livraison de gaz!withhold; suspendre livraison de gaz!withhold; n:arme de faim!withhold
171: saisir!seize#with_object property or weapons or drugs seized; n:saisie!seize; confisquer!seize; n:confiscation!seize; réquisitionner!seize; n:réquisition!seize; nationaliser!seize; n:nationalisation!seize; exproprier!seize; n:expropriation!seize; spolier!seize; n:spoliation!seize; geler compte!seize; n:gel de compte!seize; mettre sous séquestre!seize; n:séquestre!seize; arraisonner!seize; n:arraisonnement!seize; intercepter!seize#with_object a ship or cargo or aircraft; n:interception!seize; saisir navire!seize; détourner cargaison!seize; immobiliser navire!seize; faire main basse sur!seize
1711: perquisitionner!seize; n:perquisition!seize; fouiller!seize#with_object a search by police; n:fouille!seize; n:descente de police!seize; n:coup de filet!arrest; n:raid policier!seize; mener perquisition!seize; n:saisie de arme!seize; n:saisie de drogue!seize; saisir arme!seize; saisir drogue!seize; saisir document!seize; confisquer passeport!seize; n:confiscation de passeport!seize; n:confiscation de bien!seize; saisir bien!seize; saisir avoir!seize
1712: détruire!destroy#with_object property destroyed; n:destruction/de!destroy; démolir!destroy; n:démolition/de!destroy; raser!destroy#with_object a building or village razed; dynamiter!destroy; dévaster!destroy; ravager!destroy; n:saccage!destroy; incendier!destroy; n:incendie criminel!destroy; mettre feu/à!destroy; bouter feu/à!destroy; n:incendie volontaire!destroy; brûler!destroy#with_object buildings or homes or crops burnt; raser village!destroy; n:destruction de maison!destroy; n:démolition de maison!destroy; n:sabotage!destroy; saboter!destroy; endommager!destroy; n:dégât!destroy; vandaliser!destroy; piller!destroy; n:pillage!destroy; n:terre brûlée!destroy
172: interdire; n:interdiction/de!restrict; n:assignation à résidence!restrict; assigner à résidence!restrict; n:contrôle judiciaire!restrict; placer sous contrôle judiciaire!restrict; n:interdiction de sortie de territoire!restrict; retirer passeport!restrict; n:retrait de passeport!restrict; suspendre!restrict#with_object an official or body suspended by authorities; n:suspension!restrict#needs_modifier an administrative suspension; révoquer!restrict; n:révocation!restrict; déchoir/de!restrict; n:déchéance de nationalité!restrict; déchoir de nationalité!restrict; mettre sous tutelle!restrict; n:mise sous tutelle!restrict; placer sous tutelle!restrict; fermer!restrict#with_object a venue or school or association closed by order; n:fermeture administrative!restrict; n:restriction/à!restrict; restreindre!restrict; imposer restriction/à!restrict; n:mesure de restriction!restrict; n:interdiction de voyager!restrict; n:fichage!restrict; n:tour de vis!restrict; ficher!restrict; n:confinement!restrict; confiner!restrict; n:quarantaine!restrict
1721: censurer!censor; n:censure!censor; interdire journal!censor; fermer journal!censor; suspendre journal!censor; bloquer site!censor; bloquer réseau social!censor; couper internet!censor; n:coupure de internet!censor; n:blackout!censor; restreindre accès à internet!censor; interdire manifestation!restrict; n:interdiction de manifester!restrict; interdire rassemblement!restrict; n:interdiction de rassemblement!restrict; bâillonner!censor; n:bâillon!censor; retirer accréditation/à!censor; retirer licence!censor; suspendre chaîne!censor; interdire diffusion!censor; n:interdiction de diffusion!censor; saisir journal!censor; emprisonner journaliste!arrest; n:loi liberticide!restrict; n:loi sur agent étranger!restrict; n:atteinte à liberté de presse!censor; brouiller!censor#with_object jammed broadcasts; n:brouillage!censor; filtrer!censor#with_object filtered internet
1722: dissoudre!ban; n:dissolution/de!ban; interdire parti!ban; n:interdiction de parti!ban; déclarer illégal!ban; mettre hors loi!ban; rendre inéligible!ban; écarter de élection!ban; invalider candidature!ban; n:invalidation de candidature!ban; exclure de scrutin!ban; destituer!ban#with_object an elected official removed by decree; n:destitution!ban#needs_modifier removal by decree or force; suspendre parti!ban; n:dissolution de parti!ban; n:dissolution de association!ban; dissoudre association!ban; dissoudre parlement!ban#with_object dissolved by force or decree; interdire de candidature!ban; placer sur liste terroriste!ban; classer organisation terroriste!ban
1723: décréter couvre-feu!curfew; n:couvre-feu!curfew; imposer couvre-feu/à!curfew; instaurer couvre-feu!curfew; prolonger couvre-feu!curfew; étendre couvre-feu!curfew; n:instauration de couvre-feu!curfew; n:confinement total!curfew; n:bouclage total!curfew
1724: décréter état de urgence!martial-law; n:état de urgence!martial-law; instaurer état de urgence!martial-law; proclamer état de urgence!martial-law; prolonger état de urgence!martial-law; décréter loi martiale!martial-law; n:loi martiale!martial-law; imposer loi martiale!martial-law; proclamer loi martiale!martial-law; instaurer loi martiale!martial-law; décréter état de siège!martial-law; n:état de siège!martial-law; n:état de exception!martial-law; décréter état de exception!martial-law; suspendre constitution!martial-law; n:plein pouvoir!martial-law; s'arroger plein pouvoir!martial-law; invoquer article 16!martial-law; n:régime de exception!martial-law; n:loi de exception!martial-law; n:état de urgence sanitaire!martial-law
173: arrêter!arrest#needs_object a person arrested; n:arrestation/de!arrest; interpeller!arrest; n:interpellation/de!arrest; appréhender!arrest; capturer!arrest#with_object a person captured by authorities; n:capture!arrest; détenir!arrest; n:détention/de!arrest; placer en détention!arrest; mettre en détention!arrest; n:détention provisoire!arrest; n:garde à vue!arrest; placer en garde à vue!arrest; emprisonner!arrest; n:emprisonnement!arrest; incarcérer!arrest; n:incarcération!arrest; écrouer!arrest; jeter en prison!arrest; mettre derrière barreau!arrest; mettre sous verrou!arrest; boucler!arrest#with_object a person locked up; coffrer!arrest; embastiller!arrest; interner!arrest; n:internement!arrest; enfermer!arrest; n:rafle!arrest; rafler!arrest; n:vague de arrestation!arrest; n:coup de filet!arrest; n:mandat de arrêt/contre!arrest; émettre mandat de arrêt/contre!arrest; délivrer mandat de arrêt/contre!arrest; lancer mandat de arrêt/contre!arrest; n:mandat de dépôt!arrest; placer sous mandat de dépôt!arrest; mettre à arrêt!arrest; n:mise à arrêt!arrest; n:mise à secret!arrest; maintenir en détention!arrest; prolonger détention!arrest; n:détention arbitraire!arrest; n:disparition forcée!arrest; faire disparaître!arrest; menotter!arrest; placer en rétention!arrest; n:rétention!arrest; retenir!arrest#with_object a person held by authorities; n:arrestation arbitraire!arrest; n:arrestation massive!arrest
174: expulser!deport#needs_object people sent across a border; n:expulsion!deport; déporter!deport; n:déportation!deport; renvoyer!deport#with_object people sent back across a border; reconduire à frontière!deport; n:reconduite à frontière!deport; n:reconduite!deport; refouler!deport; n:refoulement!deport; n:renvoi/vers!deport; rapatrier de force!deport; n:rapatriement forcé!deport; bannir!deport; n:bannissement!deport; exiler!deport; n:exil forcé!deport; n:obligation de quitter territoire!deport; n:OQTF!deport; n:retour forcé!deport; n:éloignement!deport; éloigner!deport#with_object a foreigner removed from the territory; n:transfert forcé!deport; transférer de force!deport; n:déplacement forcé!deport; n:arrêté de expulsion!deport; n:interdiction de territoire!deport
191: n:blocus/de!restrict; bloquer!restrict#with_object a place or route blocked by forces; imposer blocus/à!restrict; instaurer blocus!restrict; décréter blocus!restrict; assiéger!restrict; n:siège/de!restrict; encercler!restrict; n:encerclement/de!restrict; cerner!restrict; boucler!restrict#with_object an area sealed off by troops; n:bouclage/de!restrict; isoler!restrict#with_object a town cut off; couper route/de!restrict; fermer frontière!restrict; n:barrage militaire!restrict; bloquer détroit!restrict; fermer détroit!restrict; bloquer port!restrict; n:blocus naval!restrict; n:blocus maritime!restrict; contrôler accès!restrict; n:restriction de mouvement!restrict; n:bouclage de territoire!restrict
192: occuper!seize#needs_object a territory or town held by forces; n:occupation/de!seize#needs_modifier military occupation; annexer!seize; n:annexion/de!seize; prendre contrôle/de!seize; n:prise de contrôle/de!seize; s'emparer/de!seize; conquérir!seize; n:conquête/de!seize; reprendre contrôle/de!seize; reprendre!seize#with_object a town retaken; n:reprise/de!seize#needs_modifier a town retaken; tomber/entre!seize#with_object a town falls to forces; s'approprier!seize; faire main basse sur territoire!seize; mettre main sur!seize; investir!seize#with_object a town or building taken by forces; n:prise/de!seize#needs_modifier the taking of a town; n:colonisation!seize; coloniser!seize; contrôler!seize#with_object territory held by forces; n:mainmise/sur!seize; n:référendum de annexion!seize; enfoncer ligne!seize
""")

DATA.append("""
175: réprimer!crowd-control; répondre par gaz lacrymogène!crowd-control; n:jet de lacrymogène!crowd-control; n:jet de gaz lacrymogène!crowd-control; n:répression/de!crowd-control; n:répression sanglante!crowd-control; mater!crowd-control; écraser!crowd-control#with_object a protest crushed; étouffer!crowd-control#with_object a revolt stifled; disperser!crowd-control; n:dispersion/de!crowd-control; charger!crowd-control#with_object police charging protesters; n:charge policière!crowd-control; tirer gaz lacrymogène/sur!crowd-control; n:gaz lacrymogène!crowd-control; n:canon à eau!crowd-control; tirer balle en caoutchouc!crowd-control; n:matraquage!beat; matraquer!beat; n:violence policière!beat; n:bavure!beat; n:nasse!crowd-control; nasser!crowd-control; tirer à balle réelle/sur!firearms; n:tir à balle réelle!firearms
180: attaquer; n:attaque/contre; n:attentat/contre; commettre attentat/contre; perpétrer attentat/contre; n:attentat terroriste; n:acte terroriste; n:acte de terrorisme; frapper#needs_object an attack on people or a place; n:agression/contre; agresser; n:violence/contre; s'en prendre physiquement/à; n:assaut/contre; donner assaut/à; prendre pour cible; cibler; n:embuscade/contre; tendre embuscade/à; n:guet-apens; n:raid/contre; n:exaction/contre; commettre exaction; n:attaque terroriste/contre; n:fusillade!firearms; n:tuerie!firearms; ouvrir feu/sur!firearms; tirer/sur!firearms; n:tir/sur!firearms; n:coup de feu!firearms; faucher!firearms#with_object people mown down by gunfire or a vehicle; n:attaque à couteau!primitive; poignarder!primitive; n:coup de couteau!primitive; égorger!primitive; décapiter!primitive; n:décapitation!primitive; lapider!primitive; n:lapidation!primitive; n:attaque à voiture-bélier!primitive; foncer dans foule!primitive; n:voiture-bélier!primitive; n:agression à arme blanche!primitive; n:attaque à acide!primitive; n:attaque à machette!primitive; semer terreur; n:raid meurtrier/contre; n:attaque meurtrière/contre
181: enlever!abduct; n:enlèvement/de!abduct; kidnapper!abduct; n:kidnapping!abduct; ravir!abduct#with_object a person abducted; n:rapt!abduct; prendre en otage!abduct; n:prise de otage!abduct; n:otage!abduct; retenir en otage!abduct; séquestrer!abduct; n:séquestration!abduct; détourner!abduct#with_object a plane or ship or bus hijacked; n:détournement de avion!abduct; n:piraterie maritime!abduct; capturer!abduct#with_object soldiers or civilians captured by armed groups
182: frapper!beat#with_object people beaten; rouer de coup!beat; tabasser!beat; passer à tabac!beat; n:passage à tabac!beat; molester!beat; brutaliser!beat; n:brutalité!beat; lyncher!beat; n:lynchage!beat; n:ratonnade!beat; n:bastonnade!beat; battre!beat#with_object people beaten; n:violence physique!beat; malmener!beat; blesser!beat
1821: violer!sexual#needs_object a person; n:viol!sexual; n:violence sexuelle!sexual; n:agression sexuelle!sexual; agresser sexuellement!sexual; n:viol de guerre!sexual; n:esclavage sexuel!sexual; réduire en esclavage sexuel!sexual; n:viol collectif!sexual
1822: torturer!torture; n:torture!torture; n:sévices!torture; infliger sévices/à!torture; supplicier!torture; n:supplice!torture; n:mauvais traitement!torture; maltraiter!torture; n:traitement inhumain!torture; n:simulacre de noyade!torture; n:acte de torture!torture; n:électrocution!torture
1823: tuer; n:meurtre/de; assassiner!targeted; n:homicide; abattre; exécuter!targeted; n:exécution/de!targeted; n:exécution sommaire!targeted; n:exécution extrajudiciaire!targeted; massacrer!massacre; battre à mort!beat; lyncher à mort!beat; étrangler!primitive; pendre!targeted; n:pendaison!targeted; éliminer!targeted#with_object people killed; liquider!targeted; n:liquidation!targeted; supprimer!targeted#with_object a person killed; n:mise à mort!targeted; faire victime; coûter vie/à; faire mort
183: n:attentat à bombe!explosives; faire exploser!explosives; n:explosion!explosives#needs_modifier an attack not an accident; exploser!explosives#with_object a bomb exploded; poser bombe!explosives; n:colis piégé!explosives; n:lettre piégée!explosives; piéger!explosives; n:déflagration!explosives; n:attentat à explosif!explosives; lancer grenade!explosives; miner!explosives#with_object a road or field mined; n:attentat à colis piégé!explosives
1831: n:attentat-suicide!suicide-attack; se faire exploser!suicide-attack; n:attentat kamikaze!suicide-attack; commettre attentat-suicide!suicide-attack; n:attaque suicide!suicide-attack
1832: n:voiture piégée!explosives; n:camion piégé!explosives; n:attentat à voiture piégée!explosives; n:véhicule piégé!explosives; n:voiture-suicide!suicide-attack
1833: n:mine artisanale!explosives; n:bombe en bord de route!explosives
184: utiliser comme bouclier humain!abduct; n:bouclier humain!abduct; se servir de civil comme bouclier!abduct
185: n:tentative de assassinat/contre!targeted; tenter de assassiner!targeted; n:tentative de meurtre!targeted; n:attentat contre président!targeted; réchapper à attentat!targeted#subject is the target; échapper à attentat!targeted#subject is the target; n:complot/contre!targeted#needs_modifier a plot to kill; fomenter assassinat!targeted
186: assassiner!targeted; n:assassinat/de!targeted; n:assassinat ciblé!targeted; n:élimination ciblée!targeted; n:frappe ciblée/contre!targeted; n:exécution ciblée!targeted; n:meurtre politique!targeted; n:assassinat politique!targeted; n:liquidation physique!targeted; éliminer physiquement!targeted; neutraliser!targeted#with_object a person killed by forces
""")

DATA.append("""
190: combattre#with_object an armed enemy; n:combat/contre; se battre/contre; affronter#also reflexive and reciprocal (s'affronter avec); n:affrontement/entre; n:hostilité/contre; n:guerre/contre; faire guerre/à; mener guerre/contre; déclarer guerre/à; n:déclaration de guerre/à; entrer en guerre/contre; n:conflit armé/avec; attaquer; n:offensive/contre; lancer offensive/contre; n:contre-offensive/contre; mener offensive; n:assaut/contre; n:opération militaire/contre; n:intervention militaire/à; intervenir militairement/à; envahir; n:invasion/de; n:incursion/dans; pénétrer/dans#with_object troops entering a territory; franchir frontière; n:franchissement de frontière; n:bataille/pour; livrer bataille/à; n:escarmouche/avec; n:accrochage/avec; n:riposte/contre; riposter/contre; répliquer/à#with_object a military reply; n:représailles militaire/contre; n:frappe/contre; frapper/contre#needs_object a military target; pilonner; n:pilonnage/de; repousser attaque; contre-attaquer; n:contre-attaque; n:raid/contre; n:guérilla/contre; n:insurrection armée; n:rébellion armée; prendre arme/contre; n:lutte armée/contre; n:opération antiterroriste/contre; n:opération de ratissage; ratisser; n:ratissage; n:bombardement/de!aerial; n:frappe aérienne/contre!aerial; n:opération terrestre/contre; n:offensive terrestre/contre; n:combat de rue; n:guerre civile; n:violence armée
193: tirer/sur!firearms; n:tir/sur!firearms; mitrailler!firearms; n:mitraillage!firearms; n:échange de tir/avec!firearms; n:échange de coup de feu/avec!firearms; n:fusillade/avec!firearms; canarder!firearms; abattre!firearms#with_object killed by gunfire; n:tir de sniper!firearms; n:coup de feu!firearms; faire feu/sur!firearms
194: pilonner!heavy-weapons; n:pilonnage!heavy-weapons; bombarder!heavy-weapons#with_object artillery shelling of a place; n:tir de artillerie/sur!heavy-weapons; tirer obus/sur!heavy-weapons; n:tir de obus!heavy-weapons; n:bombardement de artillerie!heavy-weapons; tirer roquette/sur!heavy-weapons; n:tir de roquette/sur!heavy-weapons; tirer missile/sur!heavy-weapons; n:frappe de missile/contre!heavy-weapons; n:salve/sur!heavy-weapons; n:tir de mortier!heavy-weapons; n:barrage de artillerie!heavy-weapons; n:canonnade!heavy-weapons; canonner!heavy-weapons; torpiller!heavy-weapons#with_object a ship torpedoed; couler!heavy-weapons#with_object a ship sunk by attack; n:tir naval!heavy-weapons; n:pluie de missile/sur!heavy-weapons; n:déluge de feu/sur!heavy-weapons
195: bombarder!aerial; n:bombardement/de!aerial; n:frappe aérienne/contre!aerial; mener frappe/contre!aerial; effectuer frappe/contre!aerial; n:raid aérien/contre!aerial; n:bombardement aérien!aerial; n:frappe/contre!aerial; frapper!aerial#with_object an air strike; larguer bombe/sur!aerial; n:largage de bombe!aerial; abattre avion!aerial; abattre drone!drone; n:attaque de drone/contre!drone; n:frappe de drone/contre!drone; n:bombardement massif!aerial; n:tapis de bombe!aerial; n:campagne de bombardement!aerial; n:opération aérienne!aerial; n:sortie aérienne!aerial; n:frappe chirurgicale/contre!aerial; n:frappe de précision/contre!aerial
196: violer cessez-le-feu; n:violation de cessez-le-feu; rompre trêve; n:rupture de trêve; violer trêve; n:violation de trêve; enfreindre cessez-le-feu; n:reprise de combat; reprendre combat; reprendre hostilité; n:reprise de hostilité; reprendre offensive; briser trêve
200: n:violence de masse!massacre; n:atrocité!massacre; commettre atrocité!massacre; n:crime de masse!massacre; n:carnage!massacre; n:bain de sang!massacre; faire bain de sang!massacre
201: n:expulsion massive!cleansing; n:déplacement forcé de population!cleansing; n:déportation massive!cleansing; chasser population!cleansing; vider de habitant!cleansing; déporter population!cleansing; n:transfert forcé de population!cleansing; n:exode forcé!cleansing
202: massacrer!massacre; n:massacre/de!massacre; n:tuerie/de!massacre; exterminer!massacre; n:extermination/de!massacre; n:génocide/de!massacre; commettre génocide!massacre; n:hécatombe!massacre; n:pogrom!massacre; décimer!massacre; anéantir!massacre#with_object a population wiped out; n:anéantissement!massacre; n:tuerie de masse!massacre; n:exécution de masse!massacre; n:exécution collective!massacre; n:massacre de civil!massacre
203: n:nettoyage ethnique!cleansing; procéder à nettoyage ethnique!cleansing; n:épuration ethnique!cleansing; épurer!cleansing#with_object ethnic cleansing; n:purification ethnique!cleansing; n:persécution ethnique!cleansing
204: utiliser arme de destruction massive!unconventional; recourir à arme chimique!unconventional
2041: n:attaque chimique/contre!unconventional; utiliser arme chimique/contre!unconventional; gazer!unconventional; n:attaque à gaz!unconventional; n:attaque bactériologique!unconventional; empoisonner!unconventional#with_object poisoning with a chemical or radiological agent; n:empoisonnement!unconventional
2042: n:frappe nucléaire/contre!unconventional; n:explosion nucléaire!unconventional; faire exploser bombe atomique!unconventional; utiliser arme nucléaire/contre!unconventional; n:attaque nucléaire/contre!unconventional
""")


ENTRY = re.compile(r"^(?P<noun>n:)?(?P<lemma>[^/!#*~=]+?)\s*(?:/(?P<prep>[^!#*~=]+?))?\s*(?:=(?P<type>[A-Z]+))?"
                   r"\s*(?:!(?P<mode>[^#*~]+?))?"
                   r"\s*(?P<flag>[*~])?\s*(?:#(?P<note>.+))?$")


def rows():
    table = read_cameo2plover()
    seen = set()
    for chunk in DATA:
        for line in chunk.strip().splitlines():
            if not line.strip():
                continue
            code, entries = line.split(":", 1)
            code = code.strip()
            if code not in table and code not in REMAP and code not in DROPPED and not code.startswith("02"):
                raise SystemExit(f"unknown code {code}")
            for e in entries.split(";"):
                e = e.strip()
                if not e:
                    continue
                m = ENTRY.match(e)
                if not m:
                    raise SystemExit(f"bad entry {e!r}")
                lemma = m["lemma"].strip()
                notes = [m["note"].strip()] if m["note"] else []
                if lemma.startswith("s'") or lemma.startswith("se "):
                    lemma = lemma[2:].strip() if lemma.startswith("s'") else lemma[3:].strip()
                    notes.insert(0, "reflexive")
                lemma = lemma.replace("d'", "de ").replace("l'", "").replace("qu'", "que ")
                pos = "noun" if m["noun"] else ("locution" if " " in lemma else "verb")
                if code in REMAP:
                    plover, mode, why = REMAP[code]
                    if not any(n.startswith(("remap=", "plover_dropped")) for n in notes):
                        notes.append(why)
                elif code in DROPPED:
                    plover, mode = "", ""
                    if not any(n.startswith("plover_dropped") for n in notes):
                        notes.append("plover_dropped PLOVER drops the CAMEO 01 comments")
                elif code.startswith("02"):
                    plover, mode = "REQUEST", table.get("10" + code[2:], table["10" + code[2]])[1]
                    if not any(n.startswith("remap=") for n in notes):
                        notes.append("remap=PLOVER drops CAMEO 02; an appeal is a REQUEST")
                else:
                    plover, mode = table[code]
                if m["type"]:
                    plover = m["type"]
                    if not any(n.startswith("remap=") for n in notes):
                        raise SystemExit(f"type override without a remap= note: {e}")
                if m["mode"]:
                    mode = m["mode"].strip()
                if any(n.startswith("plover_dropped") for n in notes):
                    plover, mode = "", ""
                speech = code.startswith(SPEECH_ROOTS) or code in SPEECH_CODES
                if code in NOT_SPEECH:
                    speech = False
                if m["flag"]:
                    speech = m["flag"] == "*"
                notes = [("needs_object" + n[len("with_object"):]) if n.startswith("with_object") else n for n in notes]
                if (plover in ("CONSULT", "AGREE", "SUPPORT", "COOPERATE") and (m["prep"] or "").strip() in ("avec", "entre")
                        or lemma in RECIPROCAL) and "reciprocal" not in notes:
                    notes.append("reciprocal")
                if any("," in n for n in notes):
                    raise SystemExit(f"comma in a note: {e}")
                key = (lemma, pos, code)
                if key in seen:
                    raise SystemExit(f"duplicate {key}")
                seen.add(key)
                yield [lemma, pos, code, plover, mode, (m["prep"] or "").strip(), "1" if speech else "0",
                       ", ".join(notes)]


HEADER = """# French event triggers by CAMEO code → PLOVER type and mode (veille.lang.event_lexicon).
# Written code by code from the CAMEO 2.0 verb dictionary (PETRARCH2, MIT) and CAMEO2PLOVER-2021 / the PLOVER
# manual (Open Event Data Alliance); the French words are veille's own. Locutions are given as the lemmas of their
# words in order, determiners dropped (« rompre les relations » → `rompre relation`). See docs/events.md.
"""

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "src/veille/lang/fr/event_lexicon.tsv"
    lines = ["\t".join(r) for r in rows()]
    out.write_text(HEADER + "lemma\tpos\tcameo\tplover\tmode\tprep\tspeech\tnote\n" + "\n".join(lines) + "\n",
                   encoding="utf-8")
    print(len(lines), "entries →", out)
