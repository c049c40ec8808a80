"""Labelled utterances for `flows.understanding`, written as people in Pakistan write them.

Each block is one language; each line is `intent | text`. `HELD_OUT`, here, has never been
tuned on: it is the honest estimate. Every other block, in `flows/utterances.py`, was tuned on,
most of them after being scored once as held-out sets (language and intent both right, en / ur /
ur-Latn):

- `TUNING`: what the lexicon was first tuned on.
- `FIRST_HELD_OUT`: 0.923 / 0.939 / 0.902.
- `SECOND_HELD_OUT`: 0.937 / 0.921 / 0.934 (one miss a mislabelled "salaam").
- `THIRD_HELD_OUT`: reported on 2026-11-22 as 0.952 / 0.952 / 0.976, but 21 of its 126 lines
  were copies of tuning lines (short answers such as "نہیں" and "ji haan"); without them it
  scored 0.950 / 0.938 / 0.970, and those copies are left out here.

These were written by the lexicon's own authors. Each set from here on was written blind, by
someone who never saw the lexicon, the tests or the other sets, and scored once before its
misses were fixed:

- `FOURTH_HELD_OUT` (42 a language): 0.905 / 0.833 / 0.905.
- `FIFTH_HELD_OUT` (50): 0.900 / 0.900 / 0.880.
- `SIXTH_HELD_OUT` (60): 0.900 / 0.900 / 0.933.
- `SEVENTH_HELD_OUT` (60): 0.950 / 0.917 / 0.933.
- `EIGHTH_HELD_OUT` (60): 0.867 / 0.917 / 0.933.
- `NINTH_HELD_OUT` (80): 0.875 / 0.887 / 0.850; its writer was asked for tricky lines too (a
  withdrawal worded as "cancel", a restriction that says "don't delete it"). Its misses also
  showed a negation in one clause turning a request in the next into a refusal ("I don't use
  it, delete my account"); negations now count within their clause only.
- `TENTH_HELD_OUT` (100): 0.930 / 0.860 / 0.940; Urdu script missed everyday words no list had
  ("مرکزی فہرست", "فی الحال نہیں"), and English took "phone no" for a refusal.
- `ELEVENTH_HELD_OUT` (100): 0.920 / 0.900 / 0.880 with the phrases alone.

All these blind sets scored about 0.90 when written (0.83 to 0.95 by language): each round of
fixes mends what it saw, and the next set finds as many new words. So the blocks above also
train an intent model (`flows/intent_model.py`), asked when the phrases are unsure:

- `TWELFTH_HELD_OUT` (100, blind) was the development set: the model's two thresholds were
  chosen on it, as the best setting that still reads every tuning line as labelled (0.99 /
  0.96 / 0.97 there). The eleventh scored 0.92 / 0.93 / 0.94 with the model; it was scored for
  three settings, so that figure is a little optimistic.
- Both then joined the training data ("menu pls" relabelled English: it is as much one as the
  other), and the model no longer overrules a message the phrases call off-topic with
  confidence (0.7 or more); a weak off-topic reading is still put to it.
- `THIRTEENTH_HELD_OUT` (100): 0.96 / 0.94 / 0.94 with the model, 0.93 / 0.90 / 0.87 with the
  phrases alone ("english plz" relabelled English, as "menu pls" was).
- `HELD_OUT` (100): 0.97 / 0.97 / 0.97 with the model, 0.95 / 0.88 / 0.85 with the phrases
  alone, scored once, after everything above; the honest estimate (give or take two or three
  points: a hundred messages a language).

`tests/unit/test_understanding.py` checks that no held-out line is also a tuning line, and
that the held-out score stays within a few points of what was measured (it prints the score
with the model and with the phrases alone).
"""

from __future__ import annotations

HELD_OUT: dict[str, str] = {
    "en": """
access | hi i want to know what personal info ur bank has on me
access | Kindly send me a copy of all the data your company holds about me.
access | can u share my data file pls
access | i am having one query, which of my records are saved with your hospital? pls provide the list
access | need a copy of the personal details u collected when i took the gym membership
access | Please tell me what information the loan app took from my phone, contacts, photos etc
access | show me what data u have of mine
access | what does the insurer know about me exactly, i want to see my full file
consent_withdrawal | i withdraw my consent for using my data
consent_withdrawal | Please don't share my info with your partner companies anymore, I take back my permission.
consent_withdrawal | i allowed the app to read my contacts at signup, now i want to revoke that
consent_withdrawal | revoke consent pls
consent_withdrawal | I no longer agree to the insurer passing my medical details to third parties. Kindly record this.
consent_withdrawal | when i got the loyalty card i ticked the box for data sharing, want to untick it now
consent_withdrawal | my consent for the lab to use my test results for research is withdrawn from today
consent_withdrawal | take away the permission i gave for sharing my location with ur partners
marketing_opt_out | stop these promo sms on my number, getting 3-4 daily
marketing_opt_out | I get 5 offer messages a day from your network, please stop these promotions
marketing_opt_out | unsubscribe me from marketing emails
marketing_opt_out | kindly stop the sales calls from your property portal, i am not interested in any deals
marketing_opt_out | no more whatsapp ads plz
marketing_opt_out | the food app keeps sending discount notifications at midnight, turn them off for me
marketing_opt_out | remove my number from ur advertising list
marketing_opt_out | Please opt me out of all promotional communication from the mall loyalty program.
erasure | delete my wallet account along with all my data pls
erasure | I want the loan app to erase every record about me including my CNIC pictures
erasure | pls remove my info from ur system
erasure | kindly do the needful and delete my profile from the job portal permanently
erasure | erase my data
erasure | i left the gym 2 years back, pls wipe all my details from ur records
erasure | Can you permanently delete my medical records from the telemedicine app?
erasure | close my acc and destroy whatever data u kept on me
rectification | my name is misspelt in ur records, its Ayeshah with an h at the end
rectification | pls update my address, i moved to gulshan block 5
rectification | The date of birth on my policy is incorrect, kindly correct it to 12 March 1990.
rectification | wrong cnic number saved in my acc need to fix it
rectification | change my email to a new one pls old one is not working
rectification | my father's name on the college record is wrong, please rectify
rectification | correct my phone number in ur system
rectification | the courier company still has my old house address saved, please edit it to the new one
complaint | my data was leaked and now i get scam calls
complaint | I want to file a complaint, the pharmacy shared my prescription with some other company without asking me
complaint | i sent a delete request 2 months ago and nobody replied, this is unacceptable
complaint | your agent was very rude when i asked about my privacy
complaint | the loan app messaged all my contacts about my loan, this is harassment and I want to report it
complaint | someone at the bank gave my account details to my relative without my permission
complaint | complaint against misuse of my info
complaint | how did a marketing company get my number from the ride app?? i am very upset about this
restriction | pls stop using my data until my correction request is checked, dont delete it though
restriction | I am disputing the loan record, kindly freeze processing of my information till it is resolved
restriction | kindly restrict the processing of my personal data for the time being
restriction | dont delete anything but put my data on hold for now
restriction | can u limit use of my records to only what is necessary while my complaint is under review
objection | i object to ur profiling of me
objection | I don't want my data used for credit scoring by your automated system
objection | stop using my shopping history for targeted ads
objection | i object to my loan being rejected by an automated system without anyone looking at it
objection | pls dont analyse my usage data to build a profile on me
human | talk to a real person
human | can i speak with a customer care representative pls
human | connect me to an agent
human | i dont want to chat with a bot, give me a human
human | Is there any officer I can speak to directly? Please arrange a callback.
status | whats the status of the request i made on monday
status | any update on my complaint Y2HD-6PMK?
status | I submitted a deletion request last week, has it been processed yet?
status | ref no K7QP-3MZA whats the progress
status | still waiting for reply on my data request, where does it stand
status | kindly tell me my case is at which stage
menu | main menu plz
menu | send the list of options once more
menu | take me back to the start menu
menu | menu again pls
language | pls switch this chat to urdu
language | can we do this chat in urdu instead
language | i want english, the last reply came in urdu
language | reply in english only pls
greeting | hellooo anybody
greeting | good evening to the team
greeting | hi there, anyone here?
greeting | hey, good morning
yes | yes yes
yes | yeah sure thing
yes | yup that's right
yes | okay proceed
yes | correct, that is me
no | no sir
no | nope, not that one
no | not really no
no | no, that's not needed thx
no | nah that's wrong
cancel | cancel this step, i'll come back later
cancel | never mind leave it
cancel | forget it, i'll do it later
cancel | leave it, don't proceed
unknown | wifi not working since morning, router light is red
unknown | what is the fee for the MBBS program
unknown | my parcel hasn't arrived yet, it's 4 days late
unknown | how to check my balance
unknown | tell me a funny joke bot
""",
    "ur": """
access | موبائل کمپنی کے پاس میرے بارے میں کون کون سی معلومات ہیں؟
access | براہ کرم بجلی کمپنی میرے کنکشن کے ساتھ جو ذاتی ڈیٹا رکھتی ہے اس کی مکمل کاپی فراہم کرے
access | سکول والوں نے داخلے کے وقت میرا اور میری بیٹی کا جو ریکارڈ لیا تھا وہ دیکھنا ہے
access | میرا ڈیٹا مجھے بھیج دیں
access | آن لائن مارکیٹ والی ایپ نے میرا کیا کیا محفوظ کیا ہوا ہے مهربانی کر کے بتائيں
access | جناب مائیکروفنانس بینک سے اپنی تمام معلومات کی نقل حاصل کرنی ہے
access | کیا انٹرنیٹ کمپنی میری لوکیشن کا کوئی ریکارڈ رکھتی ہے؟ مجھے اپنی پوری فائل چاہیے
access | میرے متعلق آپ کے ریکارڈ میں کیا ہے
consent_withdrawal | میں نے ڈیٹا شیئر کرنے کی جو اجازت دی تھی وہ واپس لیتا ہوں
consent_withdrawal | نیٹ ورک کمپنی میرا نمبر اور لوکیشن کسی تیسری کمپنی کو نہ دے، میری رضامندی ختم سمجھیں
consent_withdrawal | مارکیٹ پلیس ایپ کو تصویروں اور کانٹیکٹس کی پرمیشن دی تھی، اب نہیں دینا چاہتی
consent_withdrawal | میں نے جو رضامندی دی تھی وہ اب واپس لے لیں
consent_withdrawal | ہسپتال میری رپورٹس اپنے پارٹنر اداروں کے ساتھ شیئر نہ کرے، میں اپنی منظوری منسوخ کرتا ہوں
consent_withdrawal | جاب پورٹل پر سی وی کمپنیوں کو بھیجنے کی اجازت دی تھی وه اب ختم کر دیں
consent_withdrawal | اب سے میری معلومات کے استعمال کی اجازت واپس لے رہا ہوں
consent_withdrawal | اسکول ایپ نے بچوں کی تصویریں فیس بک پر لگانے کی اجازت مانگی تھی، میں وہ اجازت واپس لیتی ہوں
marketing_opt_out | روز روز پیکجز کے پروموشنل ایس ایم ایس آتے ہیں، بند کریں
marketing_opt_out | مارکیٹنگ کالز سے تنگ آ گیا ہوں براہ کرم میرا نمبر ان کی لسٹ سے ہٹا دیں
marketing_opt_out | اشتہاری میسج نہیں چاہیے
marketing_opt_out | آن لائن اسٹور کی سیل والی ای میلز سے ان سبسکرائب کرنا ہے
marketing_opt_out | انٹرنیٹ کمپنی والے نئی آفرز کے واٹس ایپ بھیجتے رہتے ہیں یہ روکیں
marketing_opt_out | ایپ کے پروموشن والے نوٹیفکیشن بند كر دیں
marketing_opt_out | جناب آئندہ کوئی تشہیری پیغام یا کال نہ کی جائے
marketing_opt_out | رات دس بجے ڈسکاؤنٹ کے میسج آتے ہیں نیند خراب ہوتی ہے، بند کرو یہ سب
erasure | میرا سم والا اکاؤنٹ بند کر کے اس کا سارا ڈیٹا ڈیلیٹ کر دیں
erasure | مائیکروفنانس ایپ سے میری تصویریں اور شناختی کارڈ کی کاپی ہمیشہ کے لیے مٹا دی جائے
erasure | میری معلومات حذف کریں
erasure | اسکول چھوڑے تین سال ہو گئے، میرے بچے کا ریکارڈ اب آپ کے سسٹم سے نکال دیں
erasure | مارکیٹ پلیس پر میری پروفائل اور آرڈر ہسٹری دونوں ڈیلیٹ کرنی ہیں
erasure | ڈیٹا مٹا دو میرا
erasure | براہ کرم جاب پورٹل سے میرا سی وی اور فون نمبر مکمل طور پر ہٹا دیں
erasure | ٹیلی میڈیسن ایپ اب استعمال نہیں کرتا، میری ساری ہسٹری اور اکاؤنٹ ڈیلیٹ کر دو
rectification | بجلی کے ریکارڈ میں میرا نام غلط لکھا ہے، درست کریں
rectification | موبائل سم کے ریکارڈ میں میری تاریخ پیدائش غلط ہے
rectification | نیا پتہ اپڈیٹ کرنا ہے
rectification | اسکول کے ریکارڈ میں بچے کے والد کا نام غلط ہے براہ کرم تصحیح کر دیں
rectification | میرے شناختی کارڈ نمبر کا ایک ہندسہ غلط درج ہو گیا ہے
rectification | ای میل بدل گئی ہے پرانی کی جگہ نئی لگا دیں
rectification | ہسپتال کی فائل میں میرا بلڈ گروپ غلط لکھا ہے، اسے فوراً ٹھیک کیا جائے
rectification | میری معلومات میں غلطی ہے اسے درست كرنا ہے
complaint | آپ کی کمپنی سے میرا نمبر اور پتہ لیک ہوا ہے، اب اجنبی لوگ گھر تک آ رہے ہیں
complaint | مائیکروفنانس والوں نے قسط لیٹ ہونے پر میرے محلے والوں کو فون کر کے بتا دیا، یہ ناقابل برداشت ہے
complaint | ایک مہینہ پہلے اپنے ڈیٹا کی کاپی مانگی تھی، نہ جواب آیا نہ کوئی رابطہ ہوا، باقاعدہ شکایت درج کریں
complaint | ہیلپ لائن والے نے میری پرائیویسی کی بات کا مذاق اڑایا
complaint | شکایت درج کرنی ہے میرا ڈیٹا غلط استعمال ہوا ہے
complaint | سکول نے بچوں کے نمبر ایک اکیڈمی کو بیچ دیے، والدین سے پوچھا تک نہیں
complaint | آن لائن اسٹور نے میرا فون نمبر ڈیلیوری والے کو دیا اور وہ اب مجھے میسج کر کے تنگ کرتا ہے
complaint | یه سراسر زیادتی ہے کہ میری اجازت کے بغیر میرا ڈیٹا شیئر كیا گیا
restriction | جب تک میرے نام کی درستگی کی تصدیق نہیں ہوتی، میرے ڈیٹا کا استعمال روک دیں
restriction | قسطوں کے ریکارڈ پر اختلاف ہے، فیصلے تک میری معلومات کی پروسیسنگ روک دیں مگر مٹائیں نہیں
restriction | میرے ڈیٹا کے استعمال پر پابندی لگا دیں
restriction | ریکارڈ ڈیلیٹ نہ کریں بس عارضی طور پر منجمد کر دیں
restriction | شکایت کی جانچ کے دوران میری معلومات کو صرف محدود کام کے لیے استعمال کیا جائے
objection | آپ جو میری پروفائلنگ کرتے ہیں اس پر مجھے سخت اعتراض ہے
objection | مائیکروفنانس والے میرے فون کے ڈیٹا سے میری کریڈٹ ریٹنگ بنائیں، یہ مجھے منظور نہیں
objection | میرے انٹرنیٹ استعمال کا تجزیہ کر کے مجھے ٹارگٹ اشتہار دکھانے پر مجھے اعتراض ہے
objection | کمپیوٹر نے خودکار طریقے سے میری نوکری کی درخواست رد کر دی، اس خودکار فیصلے پر اعتراض ہے
objection | میرا ڈیٹا براہ راست مارکیٹنگ کے لیے استعمال ہونے پر اعتراض درج کریں
human | براہ کرم کسی نمائندے سے میری بات کروا دیں
human | کسی جیتے جاگتے انسان سے بات کرنی ہے
human | کسٹمر سروس والوں سے رابطہ کرا دیں
human | مشین سے بات نہیں کرنی، کوئی اصل بندہ بھیجیں
human | براہ کرم کسی ایجنٹ سے میری کال ملوا دیں
status | میری شکایت کا کیا بنا؟
status | درخواست نمبر Y2HD-6PMK کی تازہ صورتحال بتائیں
status | ڈیلیٹ کی درخواست پر کام شروع ہوا یا نہیں
status | تین دن پہلے ریکوئسٹ بھیجی تھی، اب تک کہاں پہنچی
status | میرے کیس کی اپڈیٹ
status | حوالہ R4TN-8WXC، اس پر کیا پیش رفت ہے
menu | مینو دوبارہ دکھائیں
menu | مجھے شروع والے مینو پر واپس لے جائیں
menu | تمام آپشن دوبارہ بھیجیں
menu | مین مینيو پر جاؤ
language | آگے کی بات انگریزی میں کریں
language | اس چیٹ کی زبان بدلنی ہے
language | انگلش میں لکھیں پلیز
language | مجھے جواب اردو میں ہی دیا کریں
greeting | السلام علیکم بھائی جان
greeting | سلام جناب عالی
greeting | شام بخیر جی
greeting | اسلام و علیکم کیا حال ہے
yes | جی ہاں یہی والا
yes | ہاں جی کر دو
yes | جی بالکل صحیح
yes | ٹھیک ہے آگے بڑھیں
yes | درست
no | نہیں جی ابھی نہیں
no | جی نہیں، یہ میں نہیں ہوں
no | نہیں بہت شکریہ
no | نہیں بھائی، ایسا نہیں ہے
no | نہیں یه والا نہیں
cancel | منسوخ کر دیں یہ
cancel | چھوڑ دیں رہنے دیں
cancel | یہ عمل روک دیں
cancel | کوئی بات نہیں، بعد میں دیکھوں گا
unknown | بجلی کا بل بہت زیادہ آیا ہے
unknown | صبح سے فون میں سگنل ہی نہیں آ رہے
unknown | میرا آرڈر چار دن سے نہیں پہنچا
unknown | ڈاکٹر کی فیس کتنی ہے
unknown | ایک لطیفہ سناؤ
""",
    "ur-Latn": """
access | wallet app ne mera kia data rakha hua h?
access | mjhe ride app se apni sari trips aur personal info ki copy chahiye
access | lab walon ke pas mere kon kon se reports aur details hain, list bhej dein plz
access | meri info ki copy
access | insurance company ne meri family ki kya kya details save ki hain? batao zara
access | yaar property portal pe jo maine sign up kiya tha uska sara data dekhna hai mjhe
access | college admin se apna complete record mangwana hai jo unke system me hai
access | kya mujhe pata chal sakta hai ap log mere bare me kya store krte ho
consent_withdrawal | apni di hui consent wapis leni hai
consent_withdrawal | wallet app meri transactions partner banks ko share na kare, meri ijazat khatam
consent_withdrawal | ride app ko location ki permission di thi wo revoke krni hai
consent_withdrawal | lab meri reports kisi research k liye use na kare, maine jo consent di thi wo wapas le raha hun
consent_withdrawal | mall card banate waqt data share krne pe tick kiya tha ab wo hatana hai
consent_withdrawal | meri permission cancel kr do data share krne ki
consent_withdrawal | ab se meri marzi nahi hai k meri info third party ko jaye
consent_withdrawal | insurer ko agree kiya tha k health data partners ko de sakta hai, ab wo agreement wapis
marketing_opt_out | ye roz k promo msgs band kro plz
marketing_opt_out | food app har ghante deal ki notification bhejti h, ye band krwao
marketing_opt_out | ad wali calls mat kiya karo
marketing_opt_out | property walon ki marketing calls se pareshan hun, number hata do list se
marketing_opt_out | mujhe offers wali emails se unsubscribe kar do
marketing_opt_out | whatsapp pe promotions band
marketing_opt_out | mall loyalty k sale sms ab nahi chahiye bhai
marketing_opt_out | koi bhi advertisement ya promo msg na bheja jaye mere number pe
erasure | mera acc delete krdo
erasure | ride app se meri sari history aur account permanently khatam kr do
erasure | property portal se mera number aur profile dono hata do
erasure | sara data erase kr do
erasure | food app use nahi karta ab, mera account aur saved addresses mita do
erasure | college chor diya hai meri personal details unke system se nikalwa do plz
erasure | wallet band krke meri cnic aur selfie ki copies delete krwa dein
erasure | meri info apke record se hamesha k liye hata dein
rectification | wallet me mera naam galat spell hua hai, Hamza ki jagah Hamzah likha h
rectification | address update krna hai
rectification | insurance policy me meri dob ghalat hai sahi krwani hai
rectification | college record me cnic number ka ek digit ghalat hai
rectification | meri email purani lagi hui hai nayi update kar do
rectification | lab report pe meri age ghalat print hui thi, record me theek kren
rectification | ride app me mera number change krna hai naya sim liya hai
rectification | courier walon ke system me mera ghar ka address purana hai correct kr do
complaint | mera data leak kr diya apne, ab scam calls aa rahi hain
complaint | wallet app ne meri transaction history kisi aur ko dikha di, ye kaise hua? complaint krni h
complaint | 3 hafte pehle data delete ki request ki thi, aaj tak koi jawab nahi, bohat buri service hai
complaint | rider ne mera number save kr k baad me msgs krne shuru kr diye, ye privacy ka masla hai
complaint | shikayat darj kro meri info bina pooche share hui
complaint | pharmacy walon ne meri medicines ki list mere boss ko bata di, unacceptable
complaint | helpline wale ne privacy ka pucha to phone kaat diya, bilkul tameez nahi
complaint | complaint hai data misuse ki
restriction | jab tak meri dob correct nahi hoti mera data kahin use na karo
restriction | claim ka dispute chal raha hai, tab tak meri info process mat karo, delete bhi nahi karna
restriction | processing restrict kr do meri
restriction | data rakho lekin abhi use band kr do kuch time k liye
restriction | meri complaint ka faisla hone tak mera record freeze kr dein
objection | profiling pe objection hai meri
objection | wallet app mere transactions se credit score na banaye, mjhe aitraz hai
objection | meri order history dekh k targeted ads dikhana mujhe pasand nahi, object krta hun
objection | insurance ka premium system ne khud se barha diya, is automated decision pe objection hai
objection | mera data analysis aur marketing k liye use mat karo
human | kisi bande se baat krao
human | customer care wale kisi banday se baat krni hai
human | agent chahiye
human | bot se tang aa gya hun real insan se connect karo
human | koi representative call kr sakta hai mujhe?
status | request ka status kya h
status | Y2HD-6PMK pe kya update hai
status | meri complaint ka kuch bana?
status | delete wali request abhi tak pending hai kya
status | ref no M9LC-2VDB track kr ke batao
status | do hafte ho gaye request ko, kab tak complete hogi
menu | menu dobara dikhao
menu | wapis start pe le jao
menu | options dobara bhejo
menu | main menu pe jana h
language | ab urdu me baat kro
language | english me likho plz
language | chat ki language change krni hai
language | urdu script me reply kren
greeting | asalam o alaikum bhai jan
greeting | salam g kya haal
greeting | aoa g sab khair
greeting | hello ji kese ho
yes | haan ji wohi
yes | g haan
yes | ji bilkul yehi
yes | thk hai krdo
yes | hn sahi hai
no | nahi g ye nahi
no | nai yaar
no | ni shukriya yar
no | bilkul nhi
no | na g
cancel | ye wala cancel kr do
cancel | chalo rehne do abhi ye sab
cancel | chhoro isko abhi
cancel | ye step choro, baad me krunga
unknown | bill ki last date kya hai
unknown | net bohat slow chal raha hai 2 din se
unknown | rider abhi tak nahi aya 1 ghante se
unknown | wallet me balance kitna hai
unknown | koi acha sa joke sunao
""",
}
