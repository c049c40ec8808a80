"""Labelled utterances for `flows.understanding`, written as people in Pakistan write them.

Each block is one language; each line is `intent | text`. `TUNING` is what the lexicon was
tuned on; `HELD_OUT` was written afterwards and never tuned on, to estimate real accuracy.
"""

from __future__ import annotations

TUNING: dict[str, str] = {
    "en": """
access | I want to see my data
access | what data do you have about me
access | Can I get a copy of my personal data?
access | show me my data please
access | download my data
access | what do you know about me
access | i need a copy of all the information you hold on me
access | Send me my data
access | how can i access my data
access | what personal info have you stored
access | I would like to request access to my personal data
access | export my data as csv
access | wat data u hav on me
access | view my data
consent_withdrawal | I want to withdraw my consent
consent_withdrawal | revoke consent
consent_withdrawal | please stop sharing my data with third parties
consent_withdrawal | dont use my data
consent_withdrawal | I no longer consent to you using my location
consent_withdrawal | take back my consent for data sharing
consent_withdrawal | withdraw permission for location tracking
consent_withdrawal | i want to revoke the permission i gave
consent_withdrawal | do not use my data for research
consent_withdrawal | withdrawl of consent
consent_withdrawal | cancel my consent
marketing_opt_out | stop sending me promotional sms
marketing_opt_out | STOP
marketing_opt_out | unsubscribe
marketing_opt_out | I don't want marketing
marketing_opt_out | no more marketing calls please
marketing_opt_out | stop the ads
marketing_opt_out | please stop calling me with offers
marketing_opt_out | opt out of marketing emails
marketing_opt_out | i keep getting promo messages, stop them
marketing_opt_out | cancel subscription to sms
marketing_opt_out | remove me from your mailing list
marketing_opt_out | dont send me any more offers
marketing_opt_out | stop spamming me
marketing_opt_out | no promotions on whatsapp
erasure | I want to delete my account
erasure | delete my data
erasure | please remove all my personal information
erasure | forget me
erasure | close my account and erase everything
erasure | I want my data deleted
erasure | right to be forgotten
erasure | remove me from your database
erasure | pls delet my acount
erasure | wipe all my data
erasure | deactivate my account permanently
erasure | how do i get my data erased
erasure | erase my info
rectification | my name is wrong
rectification | I want to update my address
rectification | correct my email address
rectification | change my phone number
rectification | fix my date of birth it is incorrect
rectification | my cnic number is wrong in your records
rectification | spelling mistake in my name
rectification | update my details
rectification | the address you have is outdated
rectification | I moved, new address is house 12 street 4 G-9
rectification | corect my name
rectification | my email has changed
complaint | I want to file a complaint
complaint | I am not happy with how you handled my data
complaint | my data was leaked
complaint | you sold my data without my permission
complaint | complaint
complaint | someone misused my number
complaint | this is unacceptable, i want to complain
complaint | my account was hacked and my details leaked
complaint | you shared my info without consent
complaint | i'm very disappointed with your service
complaint | i am getting harassment calls because of your data breach
complaint | complain against your company
restriction | restrict processing of my data
restriction | limit how you use my data
restriction | pause processing my data until my complaint is resolved
restriction | please restrict my data
restriction | I want to limit the use of my information
restriction | freeze my data for now
restriction | stop processing my data temporarily
restriction | restriction of processing
restriction | can you limit processing
restriction | restrict
objection | I object to profiling
objection | stop profiling me
objection | stop using my data for analysis
objection | i don't want targeted ads
objection | I object to you using my data for ads targeting
objection | no personalised ads
objection | objection to automated decisions
objection | i object
objection | dont use my data for analytics
objection | stop tracking my behaviour for advertising
human | talk to a human
human | I want to speak to someone
human | agent
human | can i talk to a real person
human | call me
human | connect me to customer care
human | i need a representative
human | let me speak to an agent please
human | is there a human there
human | please call me back
human | I don't want to talk to a bot
human | human please
status | status K7MQ-2XDA
status | what is the status of my request
status | my requests
status | track my request
status | any update on my request?
status | K7MQ2XDA
status | where is my request
status | status
status | what happened to my deletion request
status | check status of ticket 9HXR-4PQT
status | show my tickets
menu | menu
menu | main menu
menu | back
menu | go back
menu | /menu
menu | /help
menu | show options
menu | start over
menu | help
menu | options
language | language
language | /language
language | English
language | change language
language | urdu please
language | can you speak urdu
language | switch to english
language | Urdu
language | urdu
language | English please
language | i want to chat in urdu
greeting | hi
greeting | hello
greeting | /start
greeting | hey there
greeting | good morning
greeting | how are you
greeting | hello?
greeting | hii
yes | yes
yes | y
yes | ok
yes | sure
yes | confirm
yes | yes please
yes | yeah
yes | okay go ahead
yes | Yes.
yes | yup
yes | that's correct
no | no
no | n
no | nope
no | no thanks
no | nah
no | not now
no | No.
no | never
no | dont delete it
cancel | cancel
cancel | cancel my request K7MQ-2XDA
cancel | never mind
cancel | forget it
cancel | cancel this
cancel | i want to withdraw my request 9HXR4PQT
cancel | abort
cancel | leave it
unknown | what is the weather today
unknown | asdfgh
unknown | 😂😂
unknown | 12345
unknown | my internet is slow
unknown | who won the match
unknown | what is my balance
unknown | recharge my number
""",
    "ur": """
access | میرا ڈیٹا دکھائیں
access | میرے بارے میں آپ کے پاس کیا معلومات ہیں
access | مجھے اپنے ڈیٹا کی کاپی چاہیے
access | میری ذاتی معلومات دکھا دیں
access | آپ نے میرا کون سا ڈیٹا رکھا ہے
access | ميرا ڈيٹا دکھائيں
access | براہ مہربانی میری معلومات کی نقل بھیج دیں
access | میں اپنا ڈیٹا دیکھنا چاہتا ہوں
access | میرا ریکارڈ دکھائیں
access | ڈیٹا ڈاؤن لوڈ کرنا ہے
access | میری معلومات تک رسائی چاہیے
access | مجھے میرا ڈیٹا بھیج دیں
access | کیا کیا معلومات ہیں میری
access | میرا ڈیٹا دکهائیں
consent_withdrawal | میں اپنی رضامندی واپس لینا چاہتا ہوں
consent_withdrawal | اجازت واپس لیتا ہوں
consent_withdrawal | میرا ڈیٹا استعمال نہ کریں
consent_withdrawal | میری اجازت ختم کر دیں
consent_withdrawal | میرا ڈیٹا کسی کے ساتھ شیئر نہ کریں
consent_withdrawal | رضامندی واپس
consent_withdrawal | میں نے جو اجازت دی تھی وہ واپس لے لیں
consent_withdrawal | لوکیشن کی اجازت واپس لینی ہے
consent_withdrawal | آئندہ میرا ڈیٹا استعمال مت کریں
consent_withdrawal | منظوری واپس لینا چاہتی ہوں
consent_withdrawal | رضامندي واپس لينا ہے
marketing_opt_out | مجھے مارکیٹنگ کے میسج نہیں چاہیے
marketing_opt_out | اشتہار بند کریں
marketing_opt_out | پروموشنل کالز بند کر دیں
marketing_opt_out | بند
marketing_opt_out | فالتو میسج بھیجنا بند کریں
marketing_opt_out | مجھے اشتہارات نہیں چاہییں
marketing_opt_out | ایس ایم ایس بند کرو
marketing_opt_out | مجھے تنگ نہ کریں روز روز کالیں آتی ہیں
marketing_opt_out | آفرز کے پیغامات بند کریں
marketing_opt_out | مارکیٹنگ کالز نہ کریں
marketing_opt_out | واٹس ایپ پر اشتہار نہ بھیجیں
marketing_opt_out | پروموشن والے میسجز بند کرو
erasure | میرا ڈیٹا حذف کر دیں
erasure | ڈیٹا مٹا دیں
erasure | میرا اکاؤنٹ ختم کر دیں
erasure | میرا اکاؤنٹ بند کر دیں اور سارا ڈیٹا مٹا دیں
erasure | میری تمام معلومات حذف کریں
erasure | مجھے بھول جائیں
erasure | میرا نمبر اپنے ریکارڈ سے ہٹا دیں
erasure | ڈیٹا ڈیلیٹ کر دو
erasure | میرا اکاؤنٹ ڈیلیٹ کرنا ہے
erasure | ميرا ڈيٹا حذف کريں
erasure | حذف
erasure | میرا ڈیٹا مٹادیں
erasure | سب کچھ ڈیلیٹ کر دیں
rectification | میرا نام غلط ہے
rectification | میرا پتہ تبدیل کرنا ہے
rectification | میری معلومات درست کریں
rectification | تصحیح کرنی ہے
rectification | میرا نمبر غلط درج ہے
rectification | میرا ای میل بدل دیں
rectification | شناختی کارڈ نمبر غلط لکھا ہے ٹھیک کر دیں
rectification | میرا نیا پتہ درج کریں
rectification | میری تاریخ پیدائش غلط ہے
rectification | نام کی درستگی
rectification | میرا پتا اپڈیٹ کریں
rectification | غلط
complaint | مجھے شکایت درج کرنی ہے
complaint | شکایت
complaint | میرا ڈیٹا لیک ہو گیا ہے
complaint | آپ نے میرا ڈیٹا بغیر اجازت بیچ دیا
complaint | میں آپ کی سروس سے خوش نہیں ہوں
complaint | میرے ڈیٹا کا غلط استعمال ہوا ہے
complaint | میرا اکاؤنٹ ہیک ہو گیا
complaint | یہ فراڈ ہے میں شکایت کروں گا
complaint | میں بہت ناراض ہوں
complaint | مجھے ہراساں کیا جا رہا ہے
complaint | شکايت کرنی ہے
restriction | میرے ڈیٹا کا استعمال محدود کریں
restriction | محدود
restriction | ڈیٹا کی پراسیسنگ روک دیں
restriction | عارضی طور پر میرا ڈیٹا استعمال کرنا روک دیں
restriction | میرا ڈیٹا محدود کر دیں
restriction | پروسیسنگ روک دیں جب تک شکایت حل نہ ہو
restriction | استعمال محدود کرنا ہے
restriction | میرا اکاؤنٹ معطل کر دیں
restriction | ڈیٹا روک دیں
restriction | محدود کریں
objection | مجھے اعتراض ہے
objection | پروفائلنگ بند کریں
objection | میرے ڈیٹا کو تجزیے کے لیے استعمال نہ کریں
objection | اعتراض
objection | مجھے اپنی پروفائلنگ پر اعتراض ہے
objection | اشتہارات کے لیے میری پروفائلنگ نہ کریں
objection | میں اعتراض کرنا چاہتا ہوں
objection | میرے ڈیٹا کا تجزیہ نہ کریں
objection | اعتراض درج کریں
human | کسی انسان سے بات کروائیں
human | نمائندے سے بات کرنی ہے
human | کسی بندے سے بات کرائیں
human | مجھے کال کریں
human | کسٹمر کیئر سے بات کرنی ہے
human | نمائندہ
human | کسی افسر سے بات کروا دیں
human | انسان
human | مجھ سے کوئی بات کرے
human | بوٹ نہیں کسی بندے سے بات کرنی ہے
human | کوئی مجھے فون کرے
status | میری درخواست کی صورتحال
status | میری درخواست کہاں تک پہنچی
status | اسٹیٹس K7MQ-2XDA
status | میری درخواستیں
status | درخواست کا کیا بنا
status | میری شکایت کا کیا ہوا
status | ٹکٹ 9HXR4PQT کی صورتحال بتائیں
status | کب تک ہوگا میرا کام
status | میری درخواست
status | کوئی اپڈیٹ
status | صورتحال
menu | مینیو
menu | واپس
menu | مین مینیو
menu | پیچھے جائیں
menu | مینو دکھائیں
menu | مدد
menu | واپس جائیں
menu | مرکزی مینیو
language | زبان
language | اردو
language | انگریزی
language | زبان تبدیل کریں
language | اردو میں بات کریں
language | انگلش میں
language | مجھے اردو میں جواب دیں
language | زبان بدلنی ہے
greeting | السلام علیکم
greeting | سلام
greeting | آداب
greeting | ہیلو
greeting | السلام عليكم
greeting | کیسے ہیں آپ
greeting | صبح بخیر
greeting | اسلام علیکم
greeting | ہائے
yes | ہاں
yes | جی
yes | جی ہاں
yes | ٹھیک ہے
yes | بالکل
yes | اچھا
yes | ضرور
yes | درست ہے
yes | جی بالکل
yes | ہاں جی کر دیں
no | نہیں
no | نہ
no | نہیں شکریہ
no | جی نہیں
no | نہیں چاہیے
no | ابھی نہیں
no | نہیں ضرورت نہیں
no | نہیں، ڈیلیٹ نہیں کرنا
cancel | منسوخ
cancel | منسوخ کریں
cancel | رہنے دیں
cancel | رک جائیں
cancel | چھوڑیں
cancel | درخواست K7MQ-2XDA منسوخ کریں
cancel | کینسل کر دیں
cancel | رہنے دو
cancel | میری درخواست واپس لے لیں
unknown | موسم کیسا ہے
unknown | میرا بیلنس کتنا ہے
unknown | آج میچ کون جیتا
unknown | انٹرنیٹ بہت سلو ہے
unknown | نیا سم لینا ہے
""",
    "ur-Latn": """
access | mera data dikhao
access | mujhe apna data dekhna hai
access | aap ke paas mera kya data hai
access | meri maloomat dikha dein
access | mera data ki copy chahiye
access | plz mera data bhej do
access | konsa data rakha hai mera
access | mjhe mera data dekhna h
access | meri personal info dikhao yaar
access | data download karna hai
access | mere bare mein kya maloomat hai aap ke paas
access | baraye meharbani mera record dikha dein
access | mera data dikhaen
access | kya kya data hai mera
consent_withdrawal | ijazat wapas lena chahta hun
consent_withdrawal | consent wapas leni hai
consent_withdrawal | mera data use na karo
consent_withdrawal | meri razamandi wapas
consent_withdrawal | mera data kisi ke sath share mat karo
consent_withdrawal | location ki ijazat khatam kar do
consent_withdrawal | mera data istemal na karein
consent_withdrawal | maine jo permission di thi wo wapas le lo
consent_withdrawal | consent withdraw karna hai
consent_withdrawal | ijazt wapis
consent_withdrawal | meri ijazat cancel kar dein
marketing_opt_out | mujhe marketing sms nahi chahiye
marketing_opt_out | promotional calls band karo
marketing_opt_out | band karo
marketing_opt_out | ye faltu messages band kro plz
marketing_opt_out | mujhe ads nahi chahiye
marketing_opt_out | offers ke msg band kar do
marketing_opt_out | roz roz calls aati hain band karo
marketing_opt_out | marketing band kro
marketing_opt_out | mujhe tang na karo sms bhej bhej ke
marketing_opt_out | ishtihar nahi chahiye
marketing_opt_out | whatsapp pe promotion mat bhejo
marketing_opt_out | mujhe call mat karo offers ke liye
marketing_opt_out | unsubscribe kar do
erasure | mera data delete kar do
erasure | mera account khatam karo
erasure | mera sara data mita do
erasure | account delete karna hai
erasure | mujhe bhool jao
erasure | mera number apne record se hata do
erasure | plz mera data dlt kr do
erasure | mera account band kar dein aur data delete karein
erasure | meri sari maloomat khatam kar dein
erasure | data delet krdo
erasure | mera account delete krna hai
erasure | sab kuch mita do mera
erasure | mera naam nikal do apni list se
rectification | mera naam ghalat hai
rectification | mera address change karna hai
rectification | meri email update kar do
rectification | naam ki spelling galat hai sahi kar dein
rectification | mera number durust karo
rectification | meri date of birth ghalat likhi hai
rectification | mera naya address likh lein
rectification | meri maloomat theek kar dein
rectification | cnic number galat hai
rectification | mera pata tabdeel karna hai
rectification | ghalat
rectification | naam badal do
complaint | mujhe shikayat darj karni hai
complaint | shikayat
complaint | mera data leak ho gaya hai
complaint | aap ne mera data bina ijazat bech diya
complaint | main aap ki service se khush nahi hun
complaint | mere data ka ghalat istemal hua hai
complaint | mera account hack ho gaya
complaint | ye fraud hai main complaint karunga
complaint | bohat naraz hun main
complaint | shikayt karni hai
complaint | mujhe complain karni hai aap ke against
restriction | mere data ka istemal mehdood karo
restriction | data processing rok do
restriction | mehdood
restriction | abhi ke liye mera data use karna rok dein
restriction | mera data limit kar do
restriction | processing pause kar dein jab tak complaint hal na ho
restriction | restrict kar do mera data
restriction | mera account freeze kar do
restriction | data ko rok dein
restriction | istemal mehdood karna hai
objection | mujhe aitraz hai
objection | profiling band karo
objection | mera data analysis ke liye use na karo
objection | aitraz
objection | mujhe targeted ads pe aitraz hai
objection | meri profiling mat karo
objection | objection hai mujhe
objection | data ka tajzia na karein
objection | etraz darj karna hai
human | kisi insaan se baat karni hai
human | kisi bande se baat karwao
human | agent se baat karao
human | mujhe call karo
human | customer care se baat krni hai
human | representative chahiye
human | bot nahi insaan chahiye
human | koi banda hai?
human | kisi officer se baat karwa dein
human | mujhe call kar lein plz
human | asli insaan se baat karni hai
status | meri darkhwast
status | mera request kahan tak pohncha
status | status K7MQ2XDA batao
status | meri requests dikhao
status | meri darkhast ka kya bana
status | request ka kya hua
status | kab tak hoga mera kaam
status | meri complaint ka status
status | koi update hai?
status | 9HXR-4PQT ka status kya hai
status | darkhwast kahan pohanchi
menu | wapas
menu | peeche jao
menu | menu dikhao
menu | madad
menu | wapas jao
language | zaban
language | urdu mein baat karo
language | angrezi
language | zaban badlo
language | english mein baat karein
language | urdu me jawab do
language | language change karni hai
greeting | salam
greeting | Salam
greeting | assalam o alaikum
greeting | aoa
greeting | asalamualaikum bhai
greeting | adaab
greeting | kaise ho
greeting | slam
greeting | salam g
greeting | aoa kya haal hai
yes | haan
yes | han
yes | ji
yes | jee
yes | theek hai
yes | bilkul
yes | ji haan
yes | thik hai kar do
yes | acha
yes | haan ji
no | nahi
no | nai
no | na
no | nhi
no | nahi chahiye
no | nahi shukriya
no | abhi nahi
no | ji nahi
no | nahi delete mat karo
cancel | ruk jao
cancel | rehne do
cancel | cancel kar do
cancel | chor do
cancel | meri request K7MQ-2XDA cancel kar do
cancel | rehnay dein
cancel | darkhwast wapas le lo
cancel | kuch nahi rehne do
unknown | mausam kaisa hai
unknown | mera balance kitna hai
unknown | match kon jeeta
unknown | internet slow hai
unknown | naya sim chahiye
""",
}

HELD_OUT: dict[str, str] = {}
