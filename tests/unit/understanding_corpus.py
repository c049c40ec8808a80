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
- `HELD_OUT` (100): 0.96 / 0.94 / 0.94 with the model, 0.93 / 0.90 / 0.87 with the phrases
  alone, scored once, after everything above; the honest estimate.

`tests/unit/test_understanding.py` checks that no held-out line is also a tuning line, and
that the held-out score stays within a few points of what was measured (it prints the score
with the model and with the phrases alone).
"""

from __future__ import annotations

HELD_OUT: dict[str, str] = {
    "en": """
access | i want to know what personal info ur bank has about me
access | Kindly send me a copy of all the data your company is keeping against my CNIC
access | can u tell me wht details the marketplace has saved from my acc
access | I am having one query, which of my records are held by the insurance company? need full copy pls
access | need my data file
access | what info does ur loan app have on me?? contacts and pics also? share pls
access | Please provide me a list of all personal information the lab has stored about me and my son
access | gym has my fingerprint and body measurements, i want to see everything they have
consent_withdrawal | i dont give permission anymore for using my data, pls withdraw it
consent_withdrawal | Kindly take back my consent for sharing my info with your partner companies
consent_withdrawal | I withdraw my consent for the insurer to process my medical history
consent_withdrawal | stop sharing my details with third parties, i revoke whatever i agreed to at signup
consent_withdrawal | revoke my consent
consent_withdrawal | the gym can no longer use my before/after photos, i am taking my permission back
consent_withdrawal | I allowed the job portal to pass my CV to recruiters, pls cancel that permission now
consent_withdrawal | i no longer agree to the bank sending my info to its partners
marketing_opt_out | stop sending me these promo sms every morning
marketing_opt_out | pls no more marketing calls from ur team, they call me 3 times a day even on sunday
marketing_opt_out | Kindly unsubscribe me from all promotional emails
marketing_opt_out | i dont want sale offers on whatsapp anymore
marketing_opt_out | too many ads msgs from the real estate portal, stop them
marketing_opt_out | turn off promotional notifications for 0321-5558824
marketing_opt_out | I do not wish to receive any discount messages from your pharmacy, do the needful
marketing_opt_out | opt me out of marketing
erasure | delete my account
erasure | pls erase all my info from ur system
erasure | I want my data removed completely from the marketplace, I dont use it anymore
erasure | kindly delete the CNIC copy and selfie that ur loan app took during signup
erasure | remove my details from the property site
erasure | close my acc and wipe whatever data u have on me
erasure | I left the gym last year, please delete my membership records and fingerprint
erasure | can u delete my old consultations and profile from the telemedicine app
rectification | my name is spelled wrong in ur records, pls correct it
rectification | update my address, i have shifted to gulshan block 5
rectification | Kindly change the email in your records, the old one is not in use
rectification | my date of birth is wrong on the university portal, fix it asap
rectification | CNIC number entered wrong by branch staff, need it corrected
rectification | wrong phone no in my profile pls update
rectification | the insurer has my father's name wrong in the policy, please rectify
rectification | my info is incorrect, i want to edit it
complaint | my data got leaked somehow, now random ppl call me and they know my loan amount
complaint | I want to file a complaint, the hospital shared my reports with my employer without asking
complaint | u ppl sold my number to someone, very bad
complaint | complaint: sent a data request 2 months back and nobody replied
complaint | your staff was very rude when i asked about my privacy, not acceptable at all
complaint | the lab sent my test results to someone elses whatsapp. this is serious
complaint | why did the loan app msg my contacts?? i want to complain
complaint | I am not satisfied with how my personal info was handled, register my complaint
restriction | pls put a hold on using my data until the dispute about my acc is resolved
restriction | Kindly restrict processing of my information while you check the correction i asked for
restriction | dont delete it but stop using my info for now
restriction | limit the use of my data, just keep it, dont process it
restriction | freeze my data, dont use it till the bank finishes investigating the wrong entry
objection | i object to u profiling me
objection | I don't want you using my data for targeted ads
objection | i dont accept an automated decision on my loan, a computer cant judge me like this
objection | object to my data being used for credit scoring
objection | dont analyse my shopping history to build a profile on me, i object
human | pls let me talk to an agent
human | is there any real person i can chat with
human | Connect me to a customer care representative
human | i want human not bot
human | pls transfer my chat to someone from ur staff
status | any update on my request yet?? its been days
status | what is the status of my complaint K4TP-9WQZ
status | i submitted delete request last week, whats happening with it
status | ref no M2XD-7HLA, pls tell progress
status | still waiting on my data request, how long more?
status | has my correction been done yet?
menu | take me to the menu again
menu | what options do u have
menu | go back to main menu
menu | start over pls
language | can u reply in urdu pls
language | can we talk in urdu
language | switch to english, i cant read urdu well
language | how do i change the language
greeting | hello hello
greeting | hiii
greeting | hey good afternoon
greeting | gud mrng
yes | yess
yes | yep go on
yes | ya ok do it
yes | yes pls go ahead
yes | yes thats right
no | no, dont do that
no | nope not this one
no | no thats wrong
no | not right now
no | nah leave it
cancel | cancel this whole thing
cancel | nvm i'll do it later
cancel | forget it, i dont want to continue
cancel | stop this request, i changed my mind
unknown | no signal on my phone since morning
unknown | why is my gas bill so high this month
unknown | where is my order, its 2 hrs late
unknown | how much is the bus ticket karachi to lahore
unknown | got any funny joke for me
""",
    "ur": """
access | مجھے بتائیں آپ کی کمپنی کے پاس میرا کون سا ڈیٹا محفوظ ہے
access | براہ کرم میری ذاتی معلومات کی کاپی بھیج دیں جو موبائل نیٹ ورک کے پاس ہے
access | جناب میں جاننا چاہتا ہوں کہ اسکول نے میرے بچے کے بارے میں کیا کیا ریکارڈ رکھا ہوا ہے
access | ایئرلائن نے میرے پاسپورٹ اور سفر کی جو تفصیلات رکھی ہیں وہ مجھے دکھائیں
access | میری معلومات کی تفصیل چاہیے
access | بجلی کمپنی کے پاس میرے نام پر جو ریکارڈ ہے اس کی نقل ای میل کر دیں
access | مهربانی کر کے بتائيں میرا کونسا ڈیٹا آپ نے جمع كيا هے
access | فارمیسی ایپ میں میری دوائیوں کی ہسٹری اور نسخوں کا جو ڈیٹا ہے وہ سب دیکھنا ہے
consent_withdrawal | میں اپنی دی ہوئی رضامندی واپس لیتا ہوں
consent_withdrawal | میرا ڈیٹا کسی پارٹنر کمپنی کو دینے کی اجازت اب نہیں ہے
consent_withdrawal | براہ کرم میری پرمیشن ختم کر دیں، میں نہیں چاہتی کہ میری معلومات تیسرے فریق کو جائیں
consent_withdrawal | اسکول کو بچوں کی تصویریں فیس بک پر لگانے کی جو اجازت دی تھی وہ واپس لے رہا ہوں
consent_withdrawal | لوکیشن کی پرمیشن واپس لینی ہے
consent_withdrawal | میں نے سائن اپ کے وقت جو اجازت دی تھی اسے منسوخ سمجھیں
consent_withdrawal | نیٹ ورک والے میرا ڈیٹا بینکوں کو نہ دیں، میری رضامندی واپس
consent_withdrawal | آئندہ میرے ڈیٹا کے استعمال پر میری رضامندی نہیں ہے
marketing_opt_out | پروموشن والے میسج بند کریں
marketing_opt_out | مجھے اشتہاری کالز نہ کی جائیں براہ کرم
marketing_opt_out | روزانہ پیکج آفرز کے ایس ایم ایس آتے ہیں تنگ آ گیا ہوں بند کرو
marketing_opt_out | واٹس ایپ پر مارکیٹنگ میسج بھیجنا بند کریں
marketing_opt_out | ای میل پر پروموشنز نہیں چاہئیں
marketing_opt_out | ایئرلائن کی سستی ٹکٹوں والی نوٹیفکیشنز بند کر دیں
marketing_opt_out | سینما والے ہر جمعے نئی فلموں کے میسج بھیجتے ہیں مجھے نہیں چاہئیں
marketing_opt_out | مارکیٹنگ لسٹ سے میرا نمبر نکال دیں
erasure | میرا اکاؤنٹ مستقل طور پر ڈیلیٹ کر دیں
erasure | براہ کرم میرا سارا ڈیٹا مٹا دیں
erasure | میری معلومات اپنے سسٹم سے ہٹا دیں
erasure | مائیکروفنانس والوں کے پاس میرے شناختی کارڈ کی جو کاپی ہے وہ ضائع کریں
erasure | مجھے اب یہ ایپ استعمال نہیں کرنی میرا پروفائل اور ڈیٹا مکمل حذف کریں
erasure | جناب میرا ریکارڈ ختم کر دیجیے
erasure | ڈیٹا ڈيليٹ كرو
erasure | بس سروس کی ایپ سے میرا نام نمبر اور سفر کی تفصیلات سب ہٹائیں
rectification | میرا نام غلط لکھا ہوا ہے درست کر دیں
rectification | میرا پتہ تبدیل ہو گیا ہے نیا پتہ اپڈیٹ کرنا ہے
rectification | ریکارڈ میں شناختی کارڈ نمبر کا ایک ہندسہ غلط لکھا ہے اسے ٹھیک کریں
rectification | براہ کرم اسکول کے ریکارڈ میں بیٹی کی تاریخ پیدائش ٹھیک کریں
rectification | ای میل غلط ہے اسے تبدیل کرنا ہے
rectification | بجلی کے بل پر والد کا نام غلط درج ہے، تصحیح کی درخواست ہے
rectification | فون نمبر پرانا ہے نیا لگا دیں
rectification | میری معلومات میں غلطی ہے
complaint | میرا ڈیٹا لیک ہو گیا ہے شکایت درج کرنی ہے
complaint | فارمیسی والوں نے میری دوائیوں کی تفصیل بغیر پوچھے میرے گھر والوں کو بتا دی
complaint | آپ کی فرنچائز والے نے میرے شناختی کارڈ کی کاپی کسی اور سم کے لیے استعمال کر لی
complaint | میں نے ایک مہینہ پہلے درخواست دی تھی کوئی جواب نہیں آیا، شکایت ہے
complaint | آپ کے نمائندے نے پرائیویسی کے سوال پر بدتمیزی کی
complaint | میرا نمبر کسی اور کمپنی کو بیچ دیا گیا ہے
complaint | ایئرلائن کی ای میل میں دوسرے مسافروں کے پاسپورٹ نمبر بھی آ گئے، یہ لاپرواہی ہے
complaint | میری ذاتی معلومات کا غلط استعمال ہوا ہے
restriction | جب تک تصحیح کی جانچ ہو رہی ہے میرا ڈیٹا استعمال نہ کریں
restriction | میرا ڈیٹا مٹانا نہیں بس اس کا استعمال روک دیں
restriction | تنازعہ حل ہونے تک میری معلومات پر کارروائی محدود کریں
restriction | ابھی میرے ڈیٹا کی پروسیسنگ عارضی طور پر روک دیں
restriction | بل کا جھگڑا ختم ہونے تک میرا ریکارڈ کسی کام میں نہ لائیں
objection | میری پروفائلنگ پر مجھے سخت اعتراض ہے
objection | میرے ڈیٹا کو ٹارگٹڈ اشتہارات کے لیے استعمال کرنے پر اعتراض ہے
objection | کمپیوٹر نے خودکار طریقے سے میری قرض کی درخواست مسترد کی، میں اس فیصلے پر اعتراض کرتا ہوں
objection | میری معلومات کو کریڈٹ اسکورنگ کے لیے استعمال نہ کیا جائے
objection | میری کالز اور لوکیشن کا تجزیہ کر کے میرا پروفائل بنانے پر مجھے اعتراض ہے
human | براہ کرم کسی نمائندے سے میری بات کروائیں
human | انسان سے بات کرنی ہے
human | کسٹمر کیئر سے رابطہ کروا دیں
human | جناب کسی بندے سے بات کرا دو بوٹ سے نہیں
human | ایجنٹ چاہیے
status | جناب میری درخواست کا کیا بنا ابھی تک
status | شکایت نمبر P8LK-3ZRT کی صورتحال بتائیں
status | ڈیٹا ڈیلیٹ کرنے کی درخواست کہاں تک پہنچی
status | کوئی اپڈیٹ ہے؟
status | میری تصحیح والی درخواست منظور ہوئی یا نہیں
status | ریفرنس W5NB-8QCE کا اسٹیٹس؟
menu | مینو
menu | مین مینو پر واپس لے چلیں
menu | واپس شروع پر جائیں
menu | آپشنز کیا ہیں
language | آپ انگریزی میں جواب دیں
language | اردو میں لکھیں براہ کرم
language | زبان کی سیٹنگ بدلنی ہے
language | انگلش پلیز
greeting | اسلام و علیکم محترم
greeting | سلام عرض ہے
greeting | صبح بخیر سر جی
greeting | ہیلو جناب
yes | جی ہاں آگے بڑھیں
yes | ہاں جی
yes | ہاں ہاں ٹھیک ہے بھیج دو
yes | جی ٹھيك هے
yes | ہاں یہی درست ہے
no | نہیں بھائی یہ والا نہیں چاہیے
no | جی نہیں ایسا مت کریں
no | نهيں یار
no | نا
no | ابھی نہیں بعد میں دیکھوں گا
cancel | یہ درخواست منسوخ کر دو
cancel | رہنے دیں یہ کام
cancel | چھوڑو یار
cancel | اس کو کینسل کر دیں
unknown | میرا بل زیادہ کیوں آیا
unknown | انٹرنیٹ نہیں چل رہا
unknown | آرڈر ابھی تک نہیں آیا
unknown | بیلنس کتنا ہے
unknown | کوئی مزاحیہ بات سناؤ
""",
    "ur-Latn": """
access | mera kya data hai ap k pas
access | mjhe apni info ki copy chahiye jo microfinance bank ne rakhi hai
access | plz batao ride app ne meri kon kon si location history save ki hai
access | telemedicine app me meri consultations aur reports ka jo record hai wo sab mujhe bhej do
access | yr food app wale meri kya details rakhte hain
access | mujhy apna personal data dekhna hai
access | g mjhe mere internet account ki sari information ki report chahiye
access | job portal pe meri cv k ilawa aur kia kia store kia hua hai batao
consent_withdrawal | meri consent wapis le lo
consent_withdrawal | main apni permission withdraw krna chahta hu
consent_withdrawal | mera data partners ko share krne ki ijazat nahi deta ab
consent_withdrawal | third party k sath data share krne ki razamandi khatam kardo
consent_withdrawal | contacts ki permission di thi loan app ko wo wapis leni hai
consent_withdrawal | location permission wapis lena chahti hoon
consent_withdrawal | job portal meri cv companies ko na bheje, maine ijazat wapis li
consent_withdrawal | ab se meri info use karne ki ijazat nai hai
marketing_opt_out | promo sms band kro
marketing_opt_out | roz roz offers k msg aa rahe hain plz band kr do
marketing_opt_out | marketing calls mat kia karo yaar
marketing_opt_out | whatsapp pe deals wale msg nahi chahiye
marketing_opt_out | emails pe promotions band krdo pls
marketing_opt_out | unsubscribe krdo mujhe
marketing_opt_out | food app raat 2 bje b discount ki notification bhejti hai, ye ads band karo
marketing_opt_out | internet package ki promotional calls na karein mjhe
erasure | mra acc hamesha k liye khatam kr do
erasure | sara data mita do mera, kuch na rahe
erasure | meri info apne system se hata dein plz
erasure | microfinance walon ne jo cnic ki pic li thi wo delete kro
erasure | ab ye ride app use nahi krni mera profile aur data permanently khatam kar do
erasure | data dlt krdo
erasure | job portal se meri cv aur sari details remove kardo
erasure | telemedicine app pe meri purani chats aur prescriptions delete karen
rectification | mera naam galat likha hai theek kr do
rectification | address change krna hai, naya ghar le liya
rectification | cnic number me ghalti hai
rectification | meri date of birth galat he portal pe
rectification | email update karni h
rectification | school record me bache ke walid ka naam ghalat hai, correction chahiye
rectification | phone number purana hai naya dalna hai
rectification | meri details ghalat hain sahi karwani hain
complaint | mera data leak hua hai complaint karni hai
complaint | loan app walon ne mere rishtedaron ko msg kiye, ye kya tareeqa hai
complaint | ride app ke driver ne mera number save kr k raat ko msg kiye, meri info safe nahi
complaint | 2 mahine pehle request di thi koi jawab nai aya, shikayat darj karo
complaint | apke banday ne privacy ki baat pe badtameezi ki
complaint | mera number kisi aur company ko bech diya tumne
complaint | telemedicine app ne meri bimari ki details kisi aur ko bhej di, bohat ghalat hai
complaint | meri personal info ka misuse hua h
restriction | jab tak dispute clear nahi hota mera data use mat karo
restriction | delete nahi karna bas processing rok do
restriction | correction check hone tak meri info pe processing limit kardo
restriction | mera data abhi temporarily hold pe rakh do
restriction | refund ka masla hal hone tak mera record kisi kaam me use na ho
objection | mujhe profiling pe objection hai
objection | targeted ads k liye mera data use karne pe aitraz hai
objection | automated system ne loan reject kia, main is faislay ko nahi manta, objection hai
objection | meri info credit scoring me use na karo
objection | meri orders ki history ka analysis mat karo
human | kisi agent se baat karao plz
human | kisi insaan se baat krni hai
human | customer care wale se connect kr do
human | bot nahi bandy se baat karwao
human | company ka koi representative chahiye
status | meri request ka kya bna bhai
status | complaint R3VK-6YTD ka status?
status | delete wali request kahan tak pohanchi
status | koi update aya?
status | correction hui ya nahi abhi tak
status | ref F9QA-2MJS check kr k batao
menu | zara menu bhejo
menu | mjhe main menu pe wapis le jao
menu | wapis shuru se krna hai
menu | kia options hain mere pas
language | urdu me baat karo
language | english plz
language | zaban change karo
language | language badal do
greeting | aoa bhai jan
greeting | salam bhai
greeting | asslam o alikum
greeting | helo g
yes | han kr do
yes | ji bilkul theek
yes | han g theek hai
yes | jee sahi hai
yes | ok kr do
no | na yr
no | nai chahiye
no | ni yaar
no | nhi shukria
no | bilkul bhi nahi
cancel | cancel krdo ye
cancel | rehne do ab
cancel | chhoro
cancel | chor do isay, agay nahi barhna
unknown | ride ka kiraya itna zyada q aya
unknown | net nahi chal raha
unknown | order kab aayega
unknown | jazz balance kitna hai
unknown | apke pas koi naukri hai meray liye?
""",
}
