"""Labelled utterances for `flows.understanding`, written as people in Pakistan write them.

Each block is one language; each line is `intent | text`. `HELD_OUT` has never been tuned on:
it is the honest estimate. Every other block was tuned on, most of them after being scored once
as held-out sets (language and intent both right, en / ur / ur-Latn):

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
- `HELD_OUT` (100): 0.920 / 0.900 / 0.880, scored once, after all of the above were tuned on.

All eight blind sets scored about 0.90 when written (0.83 to 0.95 by language): each round of
fixes mends what it saw, and the next set finds as many new words. So the blocks above now also
train an intent model (`flows/intent_model.py`), asked when the phrases are unsure:

- `DEV` (100, blind, never tuned on): the model's two thresholds were chosen on it, as the best
  setting that still reads every tuning line as labelled; with them it scores 0.99 / 0.96 / 0.97.
- `HELD_OUT` with the model: 0.92 / 0.93 / 0.94. It was scored for three settings (0.96 / 0.95 /
  0.94 for the one that misreads seven tuning lines, telling "don't use my data" from a
  restriction), so read these as a little optimistic.

`tests/unit/test_understanding.py` checks that no held-out line is also a tuning line, and
that the held-out score does not fall below what was measured.
"""

from __future__ import annotations

# The blocks tuned on live with the code that learns from them.
from flows.utterances import (  # noqa: F401 - re-exported for the tests
    TUNING,
    FIRST_HELD_OUT,
    SECOND_HELD_OUT,
    THIRD_HELD_OUT,
    FOURTH_HELD_OUT,
    FIFTH_HELD_OUT,
    SIXTH_HELD_OUT,
    SEVENTH_HELD_OUT,
    EIGHTH_HELD_OUT,
    NINTH_HELD_OUT,
    TENTH_HELD_OUT,
)

DEV: dict[str, str] = {
    "en": """
access | hi i want to know what personal info ur bank has stored about me
access | pls send me a copy of all the data u have on my acc
access | Kindly share the details of my personal data held by your company, as per my rights.
access | what info does the wallet app keep about me? want the full list
access | can i get a report of everything the app has collected from my phone
access | i am having one query, which of my details are saved in your system
access | need a copy of the records u guys hold on me, name number location whatever
access | show me my data
consent_withdrawal | i no longer give permission to use my data, withdraw my consent pls
consent_withdrawal | take back my consent for sharing my info with ur partners
consent_withdrawal | Kindly revoke the permission I gave at signup for data sharing with third parties.
consent_withdrawal | i dont want u to share my details with insurance companies anymore, i withdraw consent
consent_withdrawal | when i installed the loan app i allowed contacts access, i want to take that permission back now
consent_withdrawal | remove my consent for using my location data
consent_withdrawal | i take back my agreement to data processing
consent_withdrawal | plz stop giving my info to other companies, i am not ok with that anymore
marketing_opt_out | stop sending promo sms to this number, i get like 5 a day
marketing_opt_out | pls no more marketing calls from ur team, daily 3 4 calls its too much
marketing_opt_out | unsubscribe me from all promotional emails
marketing_opt_out | I am receiving offers on whatsapp from your pharmacy daily, kindly stop these messages.
marketing_opt_out | how do i turn off these discount notifications in the food app
marketing_opt_out | dont call me for new loan offers again
marketing_opt_out | opt out of ads msgs
marketing_opt_out | no more promotional texts on my number pls, thx
erasure | pls delete my whole acc and every bit of data linked to it
erasure | pls remove my info from ur database completely
erasure | I have left the gym, kindly erase all my personal details from your records.
erasure | want my profile on the dating app permanently deleted along with pics and chats
erasure | erase my cnic copy and selfie that i uploaded for the loan
erasure | can u wipe my data, i dont use this service anymore
erasure | close my acc and remove everything u have about me
erasure | delete my cv from ur job portal pls
rectification | my name is spelled wrong in ur records, its Ahmed not Ahmad
rectification | i moved from rawalpindi to lahore, update my address on the electricity account pls
rectification | Kindly correct my date of birth in the frequent flyer profile, it shows 1990 but actual is 1992.
rectification | the email on my acc is an old one i dont use, need to change it to my new one
rectification | hospital file says my blood group is B+ but its O+, pls correct
rectification | my surname changed after marriage, need it updated in the bank records
rectification | my cnic number is entered wrong in my insurance policy, one digit is off, fix it pls
rectification | my details are outdated, update them
complaint | my number was leaked and now i get scam calls, this is ur fault
complaint | I want to file a complaint, you shared my medical reports with my employer without asking me.
complaint | i sent a data request 3 weeks ago and no one replied, very poor service
complaint | ur rider gave my number to someone and he keeps texting me, unacceptable
complaint | the guy at the branch was so rude when i asked about my privacy
complaint | loan app sent msgs to all my contacts about my loan, i want to complain
complaint | how did a real estate agent get my details from ur portal?? i never agreed to that
complaint | complaint against misuse of my personal data
restriction | pls stop using my data for now until my dispute is resolved, but dont delete it
restriction | Kindly put a hold on processing my information while you check the correction I requested.
restriction | freeze use of my data temporarily
restriction | limit the processing of my info, just keep it stored and dont use it
restriction | can u pause whatever u r doing with my data till the issue is sorted
objection | i dont agree with my transaction history being used to calculate my credit score, i object
objection | dont build a profile of me to show targeted ads on the marketplace
objection | I do not want automated decisions made about my loan, I object to this.
objection | stop analysing my shopping history to target me, i dont agree with it
objection | i am against my data being used for marketing analysis
human | can i talk to an actual human being
human | can i speak with someone from customer care pls
human | Kindly connect me to a representative.
human | i want a real person not a bot
human | agent plz
status | whats the status of my request
status | any update on my complaint R7QD-2LMX?
status | I submitted a deletion request last week, is it done yet?
status | how long will my data request take, its been 10 days
status | check progress of ref K9TP-4WZA
status | still waiting, any news on my case?
menu | pls take me back to the main menu screen
menu | show me the options
menu | go back to the beginning pls
menu | show the menu again
language | pls switch the chat to urdu
language | can we talk in urdu please
language | how do i change the language of this chat
language | change language to english
greeting | hellooo
greeting | good evening to the help desk
greeting | hiii, anyone there
greeting | Good morning madam
yes | yes kindly go ahead with it
yes | yea correct
yes | confirmed
yes | yes thats my number
yes | ok fine go ahead
no | no its not correct
no | no, please dont
no | nope not yet
no | no i'll pass
no | negative
cancel | pls cancel, i'll do it some other time
cancel | forget about it
cancel | nvm, leave it for now
cancel | stop this process i dont want to continue
unknown | internet down since morning in our area
unknown | electricity bill is too high this month why
unknown | what is the fee for bba admission
unknown | my biryani order is late by 1 hour
unknown | tell me something funny
""",
    "ur": """
access | میرا کون سا ڈیٹا آپ کے پاس محفوظ ہے؟ مجھے بتائیں
access | براہ کرم میری ذاتی معلومات کی ایک کاپی مجھے بھیج دیں
access | بینک نے میرے بارے میں کیا کیا ریکارڈ رکھا ہوا ہے دیکھنا چاہتا ہوں
access | جناب مجھے اپنی تمام معلومات کی تفصیل چاہیے جو آپ کی ایپ نے جمع کی ہیں
access | ہسپتال کے سسٹم میں میری کون کون سی معلومات درج ہیں
access | مجھے میرا ڈیٹا دکھائیں
access | آپ نے میرے فون سے کیا کیا اٹھایا ہے، کانٹیکٹس لوکیشن وغیرہ؟ پوری لسٹ دیں
access | مهرباني كر كے ميرے اكاؤنٹ كا سارا ڈيٹا مجھے ای میل کر دیں
consent_withdrawal | میں اپنی رضامندی واپس لیتا ہوں، میرا ڈیٹا استعمال نہ کریں
consent_withdrawal | تیسرے فریق کے ساتھ میری معلومات شیئر کرنے کی اجازت واپس لے رہی ہوں
consent_withdrawal | ایپ کو جو پرمیشن دی تھی وہ ختم کرنی ہے
consent_withdrawal | براہ کرم میری منظوری واپس سمجھیں، اب پارٹنر کمپنیوں کو میرا ڈیٹا نہ دیا جائے
consent_withdrawal | میں نے سائن اپ کے وقت ہاں کر دی تھی لیکن اب میں اجازت نہیں دیتا
consent_withdrawal | لوکیشن استعمال کرنے کی اجازت واپس
consent_withdrawal | مجھے اپنی کنسینٹ واپس لینی ہے
consent_withdrawal | انشورنس والوں کو میری تفصیلات دینے کی اجازت میں واپس لیتی ہوں
marketing_opt_out | میرے نمبر پر پروموشن کے میسج بھیجنا فوراً بند کریں
marketing_opt_out | روز روز آفرز کی کالز آتی ہیں، براہ مہربانی بند کروائیں
marketing_opt_out | مجھے اشتہاری ای میلز نہیں چاہییں
marketing_opt_out | واٹس ایپ پر ڈسکاؤنٹ والے میسج بند کر دو یار
marketing_opt_out | جناب آپ کی کمپنی کے تشہیری ایس ایم ایس سے تنگ آ گیا ہوں، میرا نمبر ان کی فہرست سے نکال دیں
marketing_opt_out | ایپ کی نوٹیفکیشنز جن میں سیل کا بتاتے ہیں وہ بند کرنی ہیں
marketing_opt_out | مارکیٹنگ والی کالز مجھے مت کیا کریں
marketing_opt_out | نئے لون کی آفر والے میسج اب مت بھیجنا
erasure | میرا اکاؤنٹ مستقل طور پر ڈیلیٹ کر دیجیے
erasure | براہ کرم میری تمام ذاتی معلومات اپنے ریکارڈ سے مٹا دیں
erasure | ٹیلی میڈیسن ایپ پر ڈاکٹر سے ہونے والی میری بات چیت اور نسخے ہمیشہ کے لیے ختم کر دیں
erasure | بیٹی اسکول چھوڑ چکی ہے، اس کا اور ہمارا سارا ریکارڈ حذف کیا جائے
erasure | آن لائن مارکیٹ پلیس پر میرا سیلر اکاؤنٹ اور اس سے جڑی ساری معلومات ہٹا دیں
erasure | رائیڈ والی ایپ میں میرے سفر کی ہسٹری اور گھر کا پتہ مٹا دیں
erasure | ميرا سارا ڈيٹا ختم كر ديں
erasure | آپ کے سرور پر جو کچھ بھی میرے بارے میں ہے سب صاف کر دیں، یہ سروس اب استعمال نہیں کرنی
rectification | میرا نام غلط لکھا ہے درست کر دیں
rectification | انٹرنیٹ کنکشن کے ریکارڈ میں میرا پرانا پتہ ہے، نیا گھر کا پتہ اپڈیٹ کر دیں
rectification | جاب پورٹل پر میری تاریخ پیدائش غلط آ رہی ہے براہ کرم ٹھیک کر دیں
rectification | ای میل ایڈریس تبدیل کرنا ہے
rectification | لیب والوں نے میری عمر غلط لکھ دی ہے، اسے ٹھیک کرنا ہے
rectification | یونیورسٹی کے ریکارڈ میں میرے والد کا نام صحیح کروانا ہے
rectification | میرا موبائل نمبر بدل گیا ہے، نیا نمبر درج کر لیں
rectification | انشورنس پالیسی پر میری جنس غلط لکھی گئی ہے اس کی تصحیح کی جائے
complaint | میرا نمبر لیک ہو گیا ہے اور اب فراڈ کالز آ رہی ہیں، یہ آپ کی غلطی ہے
complaint | مجھے شکایت درج کروانی ہے کہ میری رپورٹس میرے دفتر والوں کو بغیر پوچھے بھیج دی گئیں
complaint | تین ہفتے پہلے درخواست دی تھی، آج تک کوئی جواب نہیں آیا
complaint | لون ایپ نے میرے سارے رشتہ داروں کو میسج کر دیے، یہ سراسر زیادتی ہے
complaint | برانچ والے نے پرائیویسی کا پوچھنے پر بدتمیزی کی
complaint | رائیڈر نے میرا نمبر کسی اور کو دے دیا اور وہ مجھے تنگ کر رہا ہے
complaint | میرے ڈیٹا کا غلط استعمال ہوا ہے میں شکایت کرنا چاہتا ہوں
complaint | پراپرٹی والوں کو میرا نمبر کہاں سے ملا؟ میں نے تو کسی کو اجازت نہیں دی تھی
restriction | جب تک میرا معاملہ حل نہیں ہوتا میرا ڈیٹا استعمال نہ کریں، لیکن ڈیلیٹ بھی نہ کریں
restriction | براہ کرم میری معلومات پر کارروائی عارضی طور پر روک دیں
restriction | درستگی کی جانچ مکمل ہونے تک میرے ڈیٹا کا استعمال محدود کر دیں
restriction | ڈیٹا رکھ لیں مگر فی الحال اس پر کچھ نہ کریں
restriction | میری معلومات کی پروسیسنگ کچھ دن کے لیے معطل کر دیں
objection | میرے لین دین کے ڈیٹا سے کریڈٹ اسکور بنانے پر مجھے سخت اعتراض ہے
objection | آپ لوگ میری پروفائلنگ نہ کریں، مجھے یہ قبول نہیں
objection | قرض کا فیصلہ کمپیوٹر خود نہ کرے، میں اس خودکار فیصلے پر اعتراض کرتا ہوں
objection | میری خریداری کی ہسٹری کا تجزیہ کر کے ٹارگٹڈ اشتہار دکھانے پر مجھے اعتراض ہے
objection | میں اپنا ڈیٹا تجزیے کے لیے استعمال کرنے کے خلاف ہوں
human | کسی انسان سے بات کرنی ہے جناب
human | کسٹمر کیئر کے نمائندے سے رابطہ کرنا ہے
human | براہ کرم کسی ایجنٹ سے بات کرا دیں
human | بوٹ نہیں چاہیے، اصل بندے سے بات کرنی ہے
human | ہیلپ لائن والے بندے سے ملاؤ
status | میری درخواست کا کیا بنا؟ کوئی خبر ہے
status | شکایت نمبر H3MV-8QRA کی کیا صورتحال ہے
status | پچھلے ہفتے ڈیلیٹ کرنے کی درخواست دی تھی، ہو گئی یا نہیں؟
status | میرے کیس پر کوئی پیش رفت ہوئی؟
status | کتنے دن اور لگیں گے میری ریکویسٹ میں
status | ابھی تک انتظار کر رہا ہوں، اسٹیٹس بتائیں
menu | مین مینو پر لے جائیں
menu | تمام آپشنز دکھائیں
menu | شروع میں واپس لے چلیں
menu | مینیو دکھاؤ
language | آگے انگریزی میں بات کر لیں
language | مجھے زبان تبدیل کرنی ہے
language | مجھے انگلش میں جواب دیں
language | زبان بدل کر انگریزی کر دیں
greeting | اسلام علیکم بھائی
greeting | سلام جناب
greeting | ہیلو، کوئی ہے؟
greeting | صبح بخیر، امید ہے آپ خیریت سے ہوں گے
yes | جی ہاں یہ بالکل ٹھیک ہے
yes | ہاں جی آپ کر دیں
yes | جی درست
yes | ہاں یہی ہے
yes | جی آگے بڑھیں
no | نہیں جی ایسا نہیں
no | نہیں بھائی ابھی مت کریں
no | ہرگز نہیں
no | ابھی تو نہیں
no | نہیں یہ صحیح نہیں
cancel | منسوخ کر دیجیے
cancel | بس رہنے دیں، چھوڑیں اسے
cancel | یہ عمل روک دیں، مجھے آگے نہیں بڑھنا
cancel | کینسل کر دو
unknown | سم میں سگنل نہیں آ رہے
unknown | گیس کا بل جمع کرانے کی آخری تاریخ کیا ہے
unknown | پارسل دو دن سے لیٹ ہے
unknown | والٹ میں بیلنس کتنا ہے؟
unknown | آپ کے ہاں نوکری کی کوئی جگہ خالی ہے؟
""",
    "ur-Latn": """
access | mera kya data hai ap k pass? batao
access | mujhe apni sari personal info ki copy chahiye jo apne save ki hai
access | bhai ye food app mere bare me kya kya jaanti hai, list bhej do
access | plz mjhe dikhao mera record kya h apke system me
access | insurance company ne mera kon sa data rakha hua hai wo janna hai
access | meri details jo ap log store krte ho uski report mil skti h?
access | marketplace app ne mere phone se kya kya collect kia hai? contacts photos location sab batao
access | mra data download krna hai
consent_withdrawal | mai apni consent wapis le raha hu
consent_withdrawal | partners k sath mera data share krne ki ijazat wapas leti hun
consent_withdrawal | app ko jo permission di thi contacts ki wo khatam kr do
consent_withdrawal | ab se mera data kisi third party ko nai dena, meri razamandi wapis samjho
consent_withdrawal | signup pe haan kr di thi ab mai allow nai karta
consent_withdrawal | location use krne ki permission withdraw krni hai
consent_withdrawal | mjhe ab koi consent nahi deni data processing ke liye, pehli wali bhi wapis
consent_withdrawal | telemedicine app meri reports pharmacy walon ko na bheje, wo ijazat main wapis leta hun
marketing_opt_out | promo msg band kro plz
marketing_opt_out | roz offers ki calls aati hain yr, band karwao
marketing_opt_out | mujhe promotional emails nahi chahiye unsubscribe kr do
marketing_opt_out | whatsapp pe discount wale msgs bhejna band kro
marketing_opt_out | sale ki notifications bohat irritate krti hain app wali, off krni hain
marketing_opt_out | marketing calls mat kro mjhe
marketing_opt_out | gym wale har hafte package ki ad bhejte hain sms pe, ye ruk jaye please
marketing_opt_out | ads wale sms stop
erasure | mera account hamesha k liye delete kr do
erasure | meri sari info apke record se mita do plz
erasure | real estate portal se mera number aur listing wala data hata do
erasure | pharmacy app me meri dawaion ki history aur prescription delete kar dein
erasure | university chor di hai ab mera record unke system se khatam krwana hai
erasure | internet wali company ne connection band kr dia, ab mera data bhi delete kro
erasure | sab kuch erase kr do mere bare me jo bhi hai
erasure | mra acc band kr k data bhi khatam kro
rectification | mera naam galat likha hua hai thek kr do
rectification | address update krna hai, ghar badal gaya hai
rectification | meri date of birth galat hai plz sahi kardo
rectification | email change karni hai
rectification | gas connection k record me cnic no. ghalat hai, sahi karwana hai
rectification | school record me bache ka naam ghalat spelling ke sath hai, correct kar dein
rectification | naya number hai mera, purana hata ke ye wala dal do
rectification | ride app me mera gender galat show ho raha h, edit krna hai
complaint | mera data leak hua hai ap logon ki wajah se
complaint | airline ne meri passport details kisi aur passenger ko email kr di, complaint krni hai
complaint | 2 hafte pehle request ki thi abhi tak koi reply nai aya, ye kya tareeqa hai
complaint | school walon ne bachon ki photos bina puche facebook pe daal di
complaint | helpline wale ne privacy ka pucha to batameezi se baat ki
complaint | delivery boy ne mera number save kr k whatsapp pe tang krna shuru kr diya hai
complaint | complaint krni hai data misuse ki
complaint | bina puche meri info bank ne insurance walon ko de di, ye galat hai
restriction | jab tak dispute hal nai hota mera data use na kro, delete b mat krna
restriction | meri info ki processing filhal rok do
restriction | correction check hone tak mera data limit kr do
restriction | data rakh lo lekin abhi uspe koi kaam na ho
restriction | kuch din k liye mera data temporarily restrict kr do please
objection | mere data se credit score banane pe mujhe aitraz hai
objection | meri profiling mat kro
objection | loan ka faisla machine khud kare ye mujhe manzoor nahi
objection | mera data targeted ads ke liye use na ho, i object
objection | meri shopping history ka analysis kar ke mujhe ads dikhana band karo, mujhe ye pasand nahi
human | kisi insan se baat krwao plz
human | customer care wale se baat krwa do
human | agent se milao yr
human | bot nahi chahiye asli banda chahiye
human | kisi representative se rabta krwa dein plz
status | meri request ka kya bana yr? 10 din ho gaye
status | complaint T6NB-9JXE ka status kya hai
status | delete ki request di thi last week, hui ya nai?
status | kitne din aur lagenge
status | mere case me koi progress hui?
status | abhi tak wait kr rha hun kuch update do
menu | menu dikha do zara
menu | kya kya options hain
menu | wapis shuru se
menu | main menu pe wapis
language | urdu me baat kr lein? english samajh nahi ati
language | mjhe language change krni h
language | english me reply do
language | zuban badal do
greeting | assalamualaikum, kaise hain aap
greeting | aoa, koi hai?
greeting | slaam
greeting | hello sir g
yes | haan g thk h
yes | ji han
yes | thik hai krdo
yes | bilkul sahi
yes | hn g
no | nahi yaar
no | nai yr
no | ni bhai
no | abhi nai
no | nahin ji
cancel | cancel kro ye wala
cancel | chhoro yr rehne do
cancel | ye process rok do mujhe aage nahi jana
cancel | chalo chhoro, kuch nahi
unknown | mere wallet me balance kitna bacha hai
unknown | net bohat slow chal raha hai
unknown | ye medicine kitne ki hai
unknown | pharmacy kitne baje band hoti hai
unknown | koi mazay ka joke sunao na
""",
}

HELD_OUT: dict[str, str] = {
    "en": """
access | hi i want to know what personal info ur bank has saved about me
access | kindly share a copy of all my data that my mobile wallet is keeping, i am having one query regarding it
access | what details does the gym app have on me? just name and phone or more?
access | pls send me my data file from university records
access | Can I get a full copy of the information the hospital holds about me, including old lab reports and visit notes?
access | which of my data does the food delivery app store
access | the loan app took permissions on my phone, i want to see exactly what they collected
access | request for all personal data held by the job portal on my profile, do the needful
consent_withdrawal | i dont want the insurance company to share my info with their partners anymore
consent_withdrawal | I am withdrawing the permission I gave the lab to use my sample data for research
consent_withdrawal | take back my consent pls
consent_withdrawal | when i opened the wallet acc i ticked allow sharing with third parties, how do i undo that
consent_withdrawal | revoke consent for data sharing with affiliates
consent_withdrawal | the telemedicine app asked permission to use my health records, i want to cancel that permission now
consent_withdrawal | kindly stop processing my data on the basis of my consent, i no longer agree
consent_withdrawal | i withdraw my agreement for the school to pass my son's details to outside vendors
marketing_opt_out | pls stop these promo sms on my number, they come even at night
marketing_opt_out | plz no more offer msgs from ur side, getting 5 a day
marketing_opt_out | I want to unsubscribe from your marketing emails
marketing_opt_out | the real estate portal keeps calling about new housing schemes, i want these sales calls stopped
marketing_opt_out | kindly remove my number from ur promotional whatsapp list
marketing_opt_out | how to turn off discount notifications in the pharmacy app
marketing_opt_out | no more advertisement calls pls
marketing_opt_out | travel agency sends umrah package ads every week on whatsapp, make it stop
erasure | delete my account and all data
erasure | i want the loan app to erase everything they have about me, i already paid back in full
erasure | pls remove my cv and profile from the job portal permanently
erasure | Kindly delete my records from your system, i am no longer ur customer
erasure | erase all my info from ur side asap
erasure | how can i get my ride history and account wiped from the ride hailing app
erasure | i cancelled my gym membership, now i want them to delete my photos and cnic copy too
erasure | want my marketplace account deleted along with all my order history
rectification | my name is spelled wrong in the bank records, its Saima not Saimaa
rectification | pls update my email address, the old one is not working
rectification | wrong date of birth on my university profile, need it corrected
rectification | kindly change my address in ur records, i have shifted to gulshan
rectification | cnic number entered incorrectly by the insurance agent, want it fixed
rectification | correct my phone no
rectification | hospital has my blood group wrong in my file, can u get it corrected
rectification | my father's name is incorrect on the electricity connection account, how do i get it updated
complaint | my number was leaked by the delivery app, now strangers are calling me
complaint | i want to file a complaint, the loan app messaged all my contacts about my loan
complaint | I sent a data request to my bank 3 weeks ago and nobody replied
complaint | the pharmacy shared my prescription with some company without asking me
complaint | customer care agent was very rude when i asked about my privacy, want to complain
complaint | someone at the lab posted my report on a whatsapp group, this is unacceptable
complaint | complaint against internet provider for selling my browsing data
complaint | my data got misused, i want to register a complaint
restriction | dont delete my data but pls stop using it until my dispute with the wallet is sorted
restriction | kindly pause processing of my info while my correction request is being checked
restriction | limit the use of my data for now
restriction | i want my information frozen, dont use it for anything till the investigation is complete
restriction | can my data be put on hold? not removed, just not used while i contest the charges
objection | i object to the loan app using my data for credit scoring
objection | i dont want an automated decision on my insurance claim, a human should review it
objection | stop profiling me for targeted ads
objection | i object to my shopping history being analysed
objection | the bank's system auto rejected my card application, i dont accept this automatic decision based on my data
human | talk to agent
human | can i speak with a real person pls
human | i need customer care representative
human | connect me to someone from ur team, bot is not understanding
human | kindly arrange a call from a human officer
status | any update on my data request? its been 10 days
status | what is the status of my complaint K7TR-2MZQ
status | i submitted deletion request last week, has it been done yet
status | ref no Q3LD-8HVA, kindly tell progress
status | still waiting on my case, where is it now
status | has anyone looked into my complaint yet
menu | take me to main menu pls
menu | can u send the list of options one more time
menu | go back to the very first screen
menu | pls show the menu
language | reply in urdu from now on
language | can we continue in urdu
language | switch back to english plz, urdu font is not showing on my phone
language | my mother is using this phone, can u change to urdu for her
greeting | hey hello, good day to u
greeting | good evening team
greeting | hi hi
greeting | hey, good afternoon
yes | yes that one
yes | yeah sure
yes | ok proceed with it
yes | correct
yes | yes exactly
no | no, not this one
no | nope, dont do that
no | no thanks i'm good
no | not right now, maybe later
no | nah thats wrong
cancel | cancel this plz
cancel | nvm forget about it
cancel | stop this process, dont want to go ahead
cancel | drop it, changed my mind
unknown | my fibre internet keeps disconnecting since morning
unknown | what is the price of the 5gb bundle
unknown | my food order is 1 hour late
unknown | how much is the fee for bba admission
unknown | bored, tell me something funny
""",
    "ur": """
access | موبائل کمپنی کے پاس میرا کون کون سا ڈیٹا محفوظ ہے، براہ کرم بتائیں
access | جناب مجھے اپنی کال ہسٹری اور سم کی رجسٹریشن کی تفصیل کی کاپی چاہیے
access | ٹریول ایجنسی نے میرے پاسپورٹ کی جو معلومات رکھی ہیں وہ دیکھنی ہیں
access | میرے بارے میں آپ کے ریکارڈ میں کیا لکھا ہے
access | مهرباني كر كے ميري ذاتي معلومات كي مكمل نقل بهيج ديں
access | رائیڈ ایپ میری لوکیشن کا کتنا ڈیٹا رکھتی ہے یہ جاننا چاہتا ہوں
access | مائیکرو فنانس والوں کے پاس میری فائل میں کیا کیا ہے
access | مجھے اپنا سارا ڈیٹا دیکھنا ہے جو ایپ میں پڑا ہے
consent_withdrawal | میں گیس کمپنی کو دی گئی اپنی رضامندی واپس لیتا ہوں
consent_withdrawal | آن لائن شاپنگ ایپ کو جو اجازت دی تھی کہ میری معلومات پارٹنرز کو دے، وہ اب منسوخ
consent_withdrawal | نوکری والی ویب سائٹ میرا پروفائل دوسری کمپنیوں کو نہ بھیجے، یہ اجازت ختم کرتی ہوں
consent_withdrawal | ہیلتھ انشورنس میں ڈیٹا شیئرنگ کی منظوری دی تھی اب واپس لینی ہے
consent_withdrawal | ميں نے جو پرميشن دي تهي وه واپس لے رہا ہوں
consent_withdrawal | آئندہ میری معلومات کسی تیسرے فریق کو دینے کی میری منظوری ختم سمجھیں
consent_withdrawal | بینک کو اب اجازت نہیں کہ میرے لین دین کا ڈیٹا اپنی ساتھی کمپنیوں کو دے
consent_withdrawal | ڈیٹا کے استعمال کی رضامندی ختم کرنی ہے جی
marketing_opt_out | روز پیکجز کے اشتہاری میسج آتے ہیں، بند کریں
marketing_opt_out | براہ کرم میرا نمبر پروموشنل کالز کی لسٹ سے نکال دیں
marketing_opt_out | جم والے ہر ہفتے نئی آفرز کی ای میل بھیجتے ہیں، مجھے نہیں چاہیئں
marketing_opt_out | فوڈ ایپ کی سیل والی نوٹیفکیشنز سے تنگ آ گیا ہوں انہیں بند کرو
marketing_opt_out | واٹس ایپ پر تشہیری پیغامات مت بھیجیں
marketing_opt_out | ان سبسکرائب
marketing_opt_out | یونیورسٹی کے نئے کورسز کی مارکیٹنگ کالز روکی جائیں
marketing_opt_out | مجھے کسی قسم کی پروموشن نہیں چاہیے نہ ایس ایم ایس نہ کال
erasure | میرا اکاؤنٹ ختم کر کے سارا ڈیٹا ڈیلیٹ کر دیں
erasure | ٹیلی میڈیسن ایپ سے میری ساری مشاورت اور نسخے مٹا دیے جائیں
erasure | پراپرٹی پورٹل پر میرا پرانا اشتہار اور نمبر ہمیشہ کے لیے ہٹا دیں
erasure | ميرا ريكارڈ اپنے سسٹم سے ختم كر ديں
erasure | قرض واپس کر دیا ہے، اب اس ایپ کے پاس میری کوئی معلومات نہیں رہنی چاہیے
erasure | بس میرا ڈیٹا ڈیلیٹ کرو یار
erasure | جناب براہ کرم میرے بارے میں جو کچھ بھی محفوظ ہے اسے مستقل طور پر حذف کر دیا جائے
erasure | پرانی سم بند کروا دی ہے، اب اس سے جڑا میرا سارا ریکارڈ بھی مٹانا ہے
rectification | میرے شناختی کارڈ نمبر کا ایک ہندسہ غلط درج ہے، درست کر دیں
rectification | ہسپتال والوں نے میری عمر غلط لکھی ہے
rectification | نیا ای میل ایڈریس اپڈیٹ کرنا ہے
rectification | شادی کے بعد نام بدل گیا ہے ریکارڈ میں تبدیلی کروانی ہے
rectification | گیس کے بل پر پتہ پرانا آ رہا ہے اسے ٹھیک کریں
rectification | اسکول کے ریکارڈ میں بیٹی کی تاریخ پیدائش غلط ہے اس کی تصحیح چاہیے
rectification | میرا فون نمبر بدل گیا ہے براہ کرم نیا نمبر درج کر لیں
rectification | ميري معلومات ميں غلطي ہے درست كرني ہے
complaint | موبائل والٹ سے میرا ڈیٹا لیک ہوا ہے، مجھے فراڈ کالز آ رہی ہیں
complaint | ہسپتال کے عملے نے میری بیماری کی بات محلے والوں کو بتا دی، میں اس کی باقاعدہ شکایت کرنا چاہتا ہوں
complaint | ایک مہینہ ہو گیا ڈیٹا کی درخواست کا کوئی جواب نہیں ملا
complaint | جم نے میری تصویریں بغیر اجازت سوشل میڈیا پر لگا دیں
complaint | لیب نے میری رپورٹ کسی اور کو بھیج دی، بہت غلط بات ہے
complaint | شکایت درج کرنی ہے
complaint | رائیڈ ایپ کے ڈرائیور کو میرے گھر کا پتہ کیسے پتا چلا، میری معلومات کا غلط استعمال ہو رہا ہے
complaint | پرائیویسی کے مسئلے پر کال کی تو نمائندے نے بدتمیزی سے فون بند کر دیا
restriction | میرا ڈیٹا حذف نہ کریں، بس جب تک بل کا تنازع حل نہیں ہوتا اسے پروسیس کرنا روک دیں
restriction | جب تک میرے نام کی درستگی کی جانچ ہو رہی ہے، میری معلومات پر کارروائی روک دیں
restriction | میرے ڈیٹا کا استعمال فی الحال محدود کر دیں
restriction | انکوائری مکمل ہونے تک میرا ریکارڈ منجمد رکھیں
restriction | مٹانا نہیں ہے بس کچھ عرصہ میرا ڈیٹا استعمال نہ ہو
objection | مائیکرو فنانس والے میرے موبائل ڈیٹا سے قرض کی اہلیت طے کرتے ہیں، مجھے اس پر اعتراض ہے
objection | میری انشورنس کا فیصلہ خودکار سسٹم نہ کرے
objection | میری پروفائلنگ پر اعتراض ہے
objection | میری براؤزنگ کی بنیاد پر مجھے ٹارگٹڈ اشتہار دکھانے پر اعتراض درج کریں
objection | جاب پورٹل کا سافٹ ویئر خود ہی میری درخواستیں مسترد کر دیتا ہے، میں اس خودکار فیصلے کو نہیں مانتا
human | کسی نمائندے سے بات کروائیں
human | مجھے کسی جیتے جاگتے انسان سے بات کرنی ہے
human | ہیلپ لائن والے سے رابطہ کروا دیں
human | یہ بوٹ سمجھ نہیں رہا، کسی بندے کو لائن پر لائیں
human | ایجنٹ
status | میری درخواست کا کیا بنا؟ دس دن ہو گئے
status | شکایت نمبر K4WB-9PNE کی صورتحال بتائیں
status | پچھلے ہفتے ڈیٹا ڈیلیٹ کرنے کا کہا تھا، ہوا یا نہیں؟
status | میری شکایت پر کوئی پیش رفت ہوئی ہے
status | ابھی تک انتظار کر رہی ہوں، میرا کیس کہاں تک پہنچا
status | ريفرنس T8JC-5XRA كا اسٹيٹس كيا ہے
menu | مین مینیو پر لے جائیں
menu | تمام آپشنز کی فہرست دوبارہ بھیجیں
menu | شروع والے صفحے پر واپس لے چلیں
menu | مینو دکھا دو
language | براہ کرم آگے کی بات انگریزی میں کریں
language | زبان بدل کر اردو کر دیں، انگریزی سمجھ نہیں آتی
language | مجھے جواب انگلش میں چاہیے
language | اردو میں لکھیں پلیز
greeting | السلام علیکم ورحمۃ اللہ
greeting | سلام بھائی جان
greeting | شام بخیر جناب
greeting | ہیلو ہیلو
yes | جی ہاں یہی
yes | ہاں ٹھیک ہے کر دیں
yes | جی بالکل یہی چاہیے
yes | جی ہاں یہ معلومات درست ہیں
yes | ہاں آگے بڑھیں
no | نہیں جی ایسا نہیں کرنا
no | جی نہیں، یہ نہیں
no | نہیں بس شکریہ
no | فی الحال نہیں بھائی
no | نہیں یہ نمبر میرا نہیں
cancel | یہ کام منسوخ کر دیں، مجھے آگے نہیں جانا
cancel | چھوڑیں جی رہنے دیں، بعد میں دیکھوں گا
cancel | یہ عمل یہیں روک دیں، آگے نہیں بڑھنا
cancel | جانے دیں، یہ والا مرحلہ ختم کریں
unknown | گاؤں میں صبح سے موبائل کے سگنل غائب ہیں
unknown | اس مہینے بجلی کا بل اتنا زیادہ کیوں آیا
unknown | کیا آپ کے ہاں نوکری مل سکتی ہے
unknown | ہسپتال کی او پی ڈی کتنے بجے کھلتی ہے
unknown | کوئی لطیفہ سناؤ
""",
    "ur-Latn": """
access | mra sara data dikhao jo app me h
access | jazz ke pas meri kya kya info hai mjhe batao plz
access | bhai ye easypaisa wale mere bare me kia kia record rakhte hain?
access | lab walon se apni sari reports aur personal details ki copy leni hai
access | insurance company ne meri jo info save ki hui hai uski copy chahiye
access | meri personal information ki detail bhej dain jo aapke system mein hai
access | food app mera address aur order history kab se rakh rahi hai, sab dekhna h
access | yr ek baat batao, job portal ne meri cv k ilawa mera aur kya data rakha hua hai
consent_withdrawal | consent wapis le lo meri
consent_withdrawal | maine jo permission di thi data use krne ki wo ab wapas le raha hun
consent_withdrawal | bank mra data apni partner companies ko na de, meri ijazat khatam samjhen
consent_withdrawal | pharmacy app ko research k liye meri info use karne ki ijazat cancel krdo
consent_withdrawal | signup krte time third party sharing allow kr di thi ab wo off karni h
consent_withdrawal | ab main agree nahi karti ke mera data kisi aur ko jaye, apni razamandi wapas leti hun
consent_withdrawal | hospital ko mere records doosre clinics se share krne ki jo permission thi wo withdraw kro
consent_withdrawal | internet provider ko browsing data analytics company ko dene ki ijazat di thi, woh wapas lena chahta hun
marketing_opt_out | promo msgs band karo
marketing_opt_out | din me 4 4 offer wali calls aa rhi hain, mera number marketing list se nikalo plz
marketing_opt_out | ride app ki discount wali notifications off kese hongi
marketing_opt_out | sale k emails mat bhejo
marketing_opt_out | whatsapp pe ads bhejna bnd kro yaar, tang aa gaya hun
marketing_opt_out | mujhy koi promotional sms na bheja jaye
marketing_opt_out | bank wale credit card ki offer ke liye baar baar call krte hain unko rokain
marketing_opt_out | unsubscribe krna hai in marketing msgs se
erasure | account delete krdo mera
erasure | loan pay kr diya hai ab ye app meri saari info mitaa de
erasure | real estate site se meri purani listing aur number hamesha k liye hata do
erasure | travel agency ke pas mere passport ki scan copy hai wo delete karwani hai
erasure | gym chor diya hai, mere cnic ki copy aur pics b delete karo
erasure | sab data delete
erasure | daraz wala pura profile aur order history urani hai
erasure | meri har info remove kr dain permanently, kuch bhi na rahe aapke pass
rectification | mera naam ghalat likha hai theek karo
rectification | email update krni hai purani band ho gai
rectification | uni ke record me dob galat h
rectification | ghar shift kr liya hai naya address update kr dein plz
rectification | sim ke record me cnic number ghalat chadha diya hai, correct krwana hai
rectification | profile me mobile number change karna hai
rectification | lab report pe meri age aur gender dono ghalat hain, isay durust karein
rectification | shadi k baad mera naam badal gaya hai, bank record me bhi change kr do
complaint | delivery rider ne mera number le k mujhe msgs shuru kr diye, ye data ka misuse hai
complaint | loan wale meri family ko call kr k qarz ka bata rahe hain, meri info inko kisne di? complaint krni h
complaint | 3 hafte pehle request di thi koi jawab nai aya
complaint | mera medical record bina puche insurance company ko de dia gaya
complaint | privacy ka pucha to helpline wale ne badtameezi ki aur call kaat di
complaint | school ne bachon ki photos facebook pe bina ijazat laga di hain
complaint | shikayat krni hai
complaint | lagta hai internet company mera data bech rahi hai, roz naye numbers se calls aati hain
restriction | jab tak bank wala case chal raha hai meri info pe koi processing na ho, delete nahi karna
restriction | jab tak meri correction check ho rahi hai mera data process krna rok do
restriction | mere data ka use abhi limit kr dein
restriction | inquiry khatam hone tak meri info hold pe rakhen
restriction | mitana nai hai bs kuch time k liye data ka istemal band kr do
objection | mera data use kr k credit score banana mujhe manzoor nahi, objection hai
objection | ye jo app khud hi decide kr leti hai loan milega ya nahi, iske khilaf aitraaz hai mera
objection | profiling pe aitraaz h
objection | meri location aur shopping history analyse kr k ads dikhate ho, main is pe objection krta hun
objection | marketing ke liye mera data use krne pe mujhe objection hai
human | kisi banday se baat karwao
human | mujhe insaan se baat krni hai
human | customer care se connect kro plz
human | bot samajh nahi raha kisi agent ko bulao
human | koi representative chahiye abhi
status | meri request ka kia bana bhai?
status | complaint no H2VX-7LQP ka status btao
status | pichle hafte delete ka bola tha hua ya nahi?
status | meri shikayat pe koi progress hui
status | abhi tak wait kr rha hun mera case kahan tak pohncha
status | ref Z9RM-3CKD pe kuch update hai?
menu | menu pls
menu | wapis main menu pe le jao
menu | options kia hain dobara batao
menu | shuru se start kro
language | ab se english me reply krna
language | urdu mein kr do plz
language | mjhe english wala option chahiye
language | urdu script me likho yr
greeting | assalam o alaikum g
greeting | slm
greeting | hello bhai jan
greeting | aoa sb kaise hain
yes | ji haan yehi
yes | han theek h
yes | g bilkul kr dein
yes | haan kr do
yes | sahi he
no | nahi yr ye wala nahi
no | nai shukriya
no | ni
no | nhi yar
no | na ji ye nahi
cancel | cancel kro
cancel | chor do rehne do
cancel | ye wala kaam rok do aage nahi krna
cancel | bhool jao koi baat nahi
unknown | subah se net nahi chal raha
unknown | easyload kaise krte hain
unknown | parcel 5 din se nahi pohncha
unknown | balance check krna hai
unknown | gym ki monthly fees kitni hai
""",
}
