"""Labelled messages, written as people in Pakistan write them: what the lexicon was tuned on
and what the intent model (`flows/intent_model.py`) learns from.

Each block is one language; each line is `intent | text`. How each block came about, and the
held-out set kept apart from all of them, are in `tests/unit/understanding_corpus.py`.
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

FIRST_HELD_OUT: dict[str, str] = {
    "en": """
access | Please share a copy of the data you have on me
access | i want to know what info you keep about me
access | can u show me my personal data
access | how do I download everything you have about me
access | give me my data
access | What personal information of mine do you store?
access | request for my data copy
access | I'd like to see the records you hold about me
consent_withdrawal | I withdraw my consent for data processing
consent_withdrawal | please revoke my consent
consent_withdrawal | I don't want you to share my data with anyone
consent_withdrawal | remove my consent for location data
consent_withdrawal | i take back the permission i gave you
consent_withdrawal | stop sharing my information with partners
marketing_opt_out | stop sending me ads
marketing_opt_out | i dont want any promotional messages
marketing_opt_out | unsubscribe me from all marketing
marketing_opt_out | please stop these spam sms
marketing_opt_out | no more promo calls
marketing_opt_out | Stop marketing emails to me
marketing_opt_out | opt me out of offers on whatsapp
erasure | delete everything you have on me
erasure | I want my account removed
erasure | please erase my personal data
erasure | remove my number from your system
erasure | delete my profile and data
erasure | i want to close my account permanently
erasure | plz delete my acc
rectification | my address is incorrect please update it
rectification | change my email to ali@example.com
rectification | my surname is misspelled
rectification | update my phone number
rectification | the date of birth on my account is wrong
rectification | i need to correct my details
complaint | I want to lodge a complaint about my data
complaint | you leaked my phone number
complaint | my data has been misused
complaint | i am very unhappy with your privacy practices
complaint | someone accessed my account without my permission
complaint | file complaint
restriction | please limit the processing of my data
restriction | restrict the use of my personal data
restriction | can you pause using my data for now
restriction | I want restriction on my data
restriction | put a hold on processing my information
objection | I object to my data being used for profiling
objection | stop using my data for targeted advertising
objection | i object to direct marketing
objection | no profiling please
objection | I don't want my data analysed
human | I want to talk to someone
human | connect me with an agent
human | can a person call me
human | speak to customer service
human | I need to talk to a real human
human | get me a representative
status | what is the status of K7MQ-2XDA
status | check my request status
status | any news on my request?
status | show me my requests
status | track 9HXR-4PQT
status | when will my request be done
menu | main menu please
menu | take me back
menu | show me the menu
menu | back to main menu
language | change the language
language | can we talk in english
language | switch to urdu
language | i want urdu
greeting | hello there
greeting | hi there
greeting | good evening
greeting | hey
yes | yes confirm
yes | ok sure
yes | yes go ahead
yes | sure thing
yes | yes that is right
no | no thank you
no | nope not now
no | no dont
no | not really
cancel | cancel it
cancel | please cancel my request
cancel | nevermind
cancel | i want to cancel request 9HXR-4PQT
unknown | what time is it
unknown | tell me a joke
unknown | my package is not working
unknown | how much is the bill
""",
    "ur": """
access | مجھے میرا سارا ڈیٹا دکھائیں
access | آپ کے پاس میری کون سی معلومات ہیں
access | میرے ڈیٹا کی نقل چاہیے
access | میں دیکھنا چاہتا ہوں کہ آپ کے پاس میرا کیا ڈیٹا ہے
access | ميری معلومات دکھائيں
access | مجھے اپنی معلومات تک رسائی دیں
access | میرا ریکارڈ بھیج دیں
consent_withdrawal | میری رضامندی واپس لے لیں
consent_withdrawal | میں اپنی اجازت واپس لیتی ہوں
consent_withdrawal | میرا ڈیٹا کسی اور کو نہ دیں
consent_withdrawal | میرا ڈیٹا آئندہ استعمال نہ کیا جائے
consent_withdrawal | رضامندی ختم کرنی ہے
marketing_opt_out | اشتہاری پیغامات بند کریں
marketing_opt_out | مجھے پروموشن کے میسج نہ بھیجیں
marketing_opt_out | مارکیٹنگ کالز بند کرو
marketing_opt_out | روزانہ کے اشتہار بند کر دیں
marketing_opt_out | مجھے آفرز نہیں چاہییں
marketing_opt_out | ای میل پر اشتہارات بند کریں
erasure | میرا سارا ڈیٹا حذف کر دیں
erasure | میرا اکاؤنٹ ڈیلیٹ کر دیں
erasure | میری معلومات مٹا دیں
erasure | مجھے اپنے سسٹم سے نکال دیں
erasure | میرا ڈیٹا ختم کر دیں
erasure | ميرا اکاؤنٹ حذف کر ديں
rectification | میرا پتہ غلط ہے اسے درست کریں
rectification | میرا نام تبدیل کرنا ہے
rectification | میرا فون نمبر اپڈیٹ کر دیں
rectification | میری ای میل غلط ہے
rectification | میری تفصیلات درست کر دیں
rectification | میرے نام کے ہجے غلط ہیں
complaint | میں شکایت کرنا چاہتا ہوں
complaint | میرے ڈیٹا کا غلط استعمال ہو رہا ہے
complaint | آپ لوگوں نے میرا نمبر لیک کیا
complaint | میں آپ سے بہت ناراض ہوں
complaint | میری معلومات چوری ہو گئی ہیں
complaint | شکایت درج کریں
restriction | میرے ڈیٹا کی پراسیسنگ محدود کریں
restriction | میرا ڈیٹا استعمال کرنا عارضی طور پر روک دیں
restriction | استعمال محدود کر دیں
restriction | پراسیسنگ روکیں
objection | مجھے پروفائلنگ پر اعتراض ہے
objection | میں اپنے ڈیٹا کے استعمال پر اعتراض کرتا ہوں
objection | میرا تجزیہ نہ کریں
objection | اعتراض کرنا ہے
human | مجھے کسی انسان سے بات کرنی ہے
human | نمائندے سے رابطہ کروائیں
human | کسی بندے سے بات کروا دیں
human | مجھے فون کریں
human | کسٹمر سروس سے بات کرنی ہے
status | میری درخواست کا کیا بنا
status | درخواست K7MQ-2XDA کی صورتحال کیا ہے
status | میری درخواستیں دکھائیں
status | میرا کام کب تک ہو گا
status | میری درخواست کہاں تک پہنچی ہے
menu | مینیو دکھائیں
menu | واپس چلیں
menu | مین مینو
menu | پیچھے
language | اردو میں
language | انگریزی میں بات کریں
language | زبان بدلیں
language | مجھے انگلش چاہیے
greeting | السلام علیکم جناب
greeting | سلام علیکم
greeting | ہیلو جی
greeting | آداب عرض ہے
yes | جی ہاں بالکل
yes | ٹھیک ہے کر دیں
yes | ہاں ٹھیک ہے
yes | جی ضرور
no | نہیں جی
no | نہیں بھائی
no | بالکل نہیں
no | نہیں، ابھی نہیں
cancel | منسوخ کر دیں
cancel | رہنے دیں بس
cancel | درخواست منسوخ کریں
cancel | چھوڑ دیں
unknown | بجلی کب آئے گی
unknown | میرا بل کتنا ہے
unknown | کرکٹ کا اسکور کیا ہے
unknown | آپ کا نام کیا ہے
""",
    "ur-Latn": """
access | mujhe mera sara data dikha do
access | aap ke pas meri kya kya info hai
access | mera data ki copy bhej dein
access | main dekhna chahta hun ke mera kya data hai
access | meri maloomat ki copy chahiye
access | mjhe apna data dekhna he plz
access | mera record dikhao bhai
consent_withdrawal | meri ijazat wapas lo
consent_withdrawal | main apni consent wapas leta hun
consent_withdrawal | mera data kisi aur ko na do
consent_withdrawal | aainda mera data use na kiya jaye
consent_withdrawal | permission wapas leni hai
marketing_opt_out | mujhe promotional sms na bhejo
marketing_opt_out | marketing calls band kar do
marketing_opt_out | ye ads wale msgs band karo yaar
marketing_opt_out | offers nahi chahiye mujhe
marketing_opt_out | roz ke faltu sms band kro
marketing_opt_out | email pe marketing band karo
erasure | mera sara data delete kar dein
erasure | mera account khatam kar do
erasure | meri maloomat mita dein
erasure | mujhe apne system se nikal do
erasure | plz mera acount dlt krdo
erasure | mera number hata do
rectification | mera address ghalat hai sahi kar do
rectification | mera naam change karna hai
rectification | mera phone number update kar dein
rectification | meri email galat hai
rectification | meri details theek karni hain
rectification | naam ki spelling ghalat hai
complaint | main shikayat karna chahta hun
complaint | mere data ka ghalat istemal ho raha hai
complaint | aap logon ne mera number leak kiya
complaint | main aap se bohat naraz hun
complaint | meri maloomat chori ho gayi hain
complaint | complaint darj karo
restriction | mere data ki processing mehdood karo
restriction | mera data use karna abhi rok do
restriction | istemal limit kar dein
restriction | processing roko
objection | mujhe profiling pe aitraz hai
objection | main apne data ke istemal pe aitraz karta hun
objection | mera tajzia na karo
objection | aitraz karna hai
human | mujhe kisi insan se baat karni hai
human | representative se rabta karwao
human | kisi bande se baat karwa do
human | mujhe phone karo
human | customer service se baat karni hai
status | meri request ka kya bana
status | K7MQ-2XDA ka status kya hai
status | meri requests dikhao
status | mera kaam kab tak hoga
status | meri darkhwast kahan tak pohanchi
menu | menu dikhao
menu | wapas chalo
menu | main menu pe le jao
menu | peeche
language | urdu mein
language | english mein baat karo
language | zaban badal do
language | mujhe english chahiye
greeting | assalam o alaikum janab
greeting | salam alaikum
greeting | hello ji
greeting | aoa sir
yes | ji haan bilkul
yes | theek hai kar dein
yes | haan theek hai
yes | ji zaroor
no | nahi ji
no | nahi bhai
no | bilkul nahi
no | abhi nahi nahi
cancel | cancel kar dein
cancel | rehne dein bas
cancel | request cancel karo
cancel | chhor dein
unknown | bijli kab aye gi
unknown | mera bill kitna hai
unknown | cricket ka score kya hai
unknown | aap ka naam kya hai
""",
}

SECOND_HELD_OUT: dict[str, str] = {
    "en": """
access | could you tell me what data you've collected on me
access | I want a copy of my information
access | show everything you store about me
access | pls send my data to my email
access | what details of mine are saved with you
access | I want access to my records
consent_withdrawal | I'm withdrawing consent
consent_withdrawal | I no longer give you permission to use my data
consent_withdrawal | revoke all my consents
consent_withdrawal | please don't use my data anymore
consent_withdrawal | withdraw my consent for sharing with third parties
marketing_opt_out | I don't want your offers
marketing_opt_out | stop sending promotions
marketing_opt_out | unsubscribe me from sms
marketing_opt_out | i'm tired of your marketing calls
marketing_opt_out | no more ads please
marketing_opt_out | stop texting me deals
erasure | delete all my info
erasure | I want to be forgotten
erasure | please delete my account asap
erasure | erase everything about me
erasure | remove all my records
erasure | delete me from your system
rectification | my name is spelled wrong
rectification | I need to change my address
rectification | please fix my email
rectification | update my contact number
rectification | your records have my old address
complaint | I'd like to make a complaint
complaint | my information was shared without consent
complaint | I'm not satisfied with how my data is handled
complaint | your company leaked my details
complaint | I want to report misuse of my data
restriction | limit the use of my data
restriction | restrict processing please
restriction | pause the processing of my data
restriction | I want to restrict how my information is used
objection | I object to profiling of my data
objection | stop targeting me with personalized ads
objection | I object to processing for marketing
objection | don't profile me
human | I want to talk to a person
human | can someone call me
human | put me through to an agent
human | I need human help
human | talk to staff
status | status of my request?
status | what's happening with my request
status | my ticket K7MQ-2XDA
status | track request 9HXR4PQT
status | is my request done yet
menu | menu please
menu | back to menu
menu | go to main menu
menu | what are my options
language | change language to urdu
language | english
language | can you reply in english
greeting | hello!
greeting | hi, good morning
greeting | hey hi
yes | yes i confirm
yes | sure go ahead
yes | ok do it
yes | yes please proceed
no | no, thanks
no | no i dont
no | nah not now
no | no please
cancel | cancel please
cancel | cancel that request
cancel | forget it, cancel
cancel | abort this
unknown | what's your name
unknown | I need a new sim
unknown | when does the shop open
unknown | lol
""",
    "ur": """
access | آپ نے میرے بارے میں کیا معلومات جمع کی ہیں
access | مجھے اپنی معلومات کی کاپی چاہیے
access | میرا ڈیٹا مجھے بھیجیں
access | میری تمام معلومات دکھا دیں
access | میرا کون سا ڈیٹا آپ کے پاس محفوظ ہے
consent_withdrawal | میں اپنی رضامندی واپس لیتا ہوں
consent_withdrawal | میری اجازت منسوخ کریں
consent_withdrawal | میرا ڈیٹا استعمال کرنے کی اجازت نہیں دیتا
consent_withdrawal | رضامندی واپس لینی ہے
consent_withdrawal | میرا ڈیٹا تیسرے فریق کو نہ دیں
marketing_opt_out | مجھے آپ کی آفرز نہیں چاہییں
marketing_opt_out | اشتہارات بھیجنا بند کریں
marketing_opt_out | مارکیٹنگ کے پیغامات بند کر دیں
marketing_opt_out | پروموشنل ایس ایم ایس نہ بھیجیں
marketing_opt_out | مجھے مارکیٹنگ کالز نہ کریں
erasure | میری ساری معلومات حذف کر دیں
erasure | میرا ڈیٹا مٹا دو
erasure | میرا اکاؤنٹ فوراً ڈیلیٹ کریں
erasure | میرا سارا ریکارڈ ختم کر دیں
erasure | مجھے اپنے ریکارڈ سے ہٹا دیں
rectification | میرے نام کی اسپیلنگ غلط ہے
rectification | مجھے اپنا پتہ تبدیل کرنا ہے
rectification | میری ای میل درست کر دیں
rectification | میرا پرانا پتہ درج ہے اسے بدل دیں
rectification | میرا نمبر غلط ہے
complaint | مجھے شکایت کرنی ہے
complaint | میری معلومات بغیر اجازت شیئر کی گئیں
complaint | میں آپ کی سروس سے مطمئن نہیں ہوں
complaint | آپ کی کمپنی نے میرا ڈیٹا لیک کیا
complaint | میرے ڈیٹا کے غلط استعمال کی شکایت ہے
restriction | میرے ڈیٹا کا استعمال محدود کر دیں
restriction | پراسیسنگ روک دیں
restriction | میرے ڈیٹا پر پابندی لگائیں
restriction | محدود کر دیں
objection | مجھے پروفائلنگ پر اعتراض ہے
objection | اعتراض ہے مجھے
objection | میری پروفائلنگ نہ کی جائے
objection | میرے ڈیٹا کے تجزیے پر اعتراض ہے
human | مجھے کسی نمائندے سے بات کرنی ہے
human | کوئی مجھے کال کرے
human | کسی انسان سے رابطہ کروائیں
human | عملے سے بات کرنی ہے
human | نمائندے سے بات کروا دیں
status | میری درخواست کی کیا صورتحال ہے
status | میری درخواست کہاں ہے
status | K7MQ-2XDA کا کیا بنا
status | میری درخواست مکمل ہوئی
status | اسٹیٹس بتائیں
menu | مینیو دکھا دیں
menu | واپس مینیو
menu | مین مینیو پر جائیں
menu | پیچھے چلیں
language | اردو میں بات کریں
language | انگریزی
language | زبان تبدیل کرنی ہے
language | انگلش میں جواب دیں
greeting | اسلام علیکم
greeting | السلام علیکم کیسے ہیں
greeting | سلام جی
greeting | ہیلو
yes | جی ہاں ٹھیک ہے
yes | بالکل ٹھیک
yes | ہاں کر دیں
yes | جی کریں
no | نہیں نہیں
no | جی نہیں شکریہ
no | نہیں ابھی نہیں
no | نہ جی
cancel | منسوخ کر دو
cancel | رہنے دیجیے
cancel | یہ درخواست منسوخ کریں
cancel | کینسل
unknown | میرا پیکج کیوں ختم ہو گیا
unknown | نیا کنکشن لینا ہے
unknown | دکان کب کھلے گی
unknown | آج موسم کیسا ہے
""",
    "ur-Latn": """
language | urdu mein please
access | aap ne mere bare mein kya maloomat jama ki hai
access | mujhe apni info ki copy chahiye
access | mera data mujhe email kar do
access | meri sari maloomat dikha dein
access | mera konsa data aap ke pas save hai
consent_withdrawal | main apni razamandi wapas leta hun
consent_withdrawal | meri ijazat cancel karo
consent_withdrawal | mera data use karne ki ijazat nahi deta
consent_withdrawal | consent wapas lena hai
consent_withdrawal | mera data third party ko na do
marketing_opt_out | mujhe aap ki offers nahi chahiye
marketing_opt_out | ads bhejna band karo
marketing_opt_out | marketing ke msg band kar dein
marketing_opt_out | promotional sms mat bhejo
marketing_opt_out | mujhe marketing calls na karo
erasure | meri sari info delete kar do
erasure | mera data mitado
erasure | mera account foran delete karo
erasure | mera sara record khatam kar dein
erasure | mujhe apne record se hata dein
rectification | mere naam ki spelling ghalat hai
rectification | mujhe apna address change karna hai
rectification | meri email theek kar dein
rectification | purana address likha hai badal dein
rectification | mera number ghalat hai
complaint | mujhe complaint karni hai
complaint | meri info bina ijazat share hui
complaint | main aap ki service se mutmain nahi hun
complaint | aap ki company ne mera data leak kiya
complaint | mere data ke ghalat istemal ki shikayat hai
restriction | mere data ka use mehdood kar dein
restriction | processing rok dein
restriction | mere data pe pabandi lagao
restriction | limit kar do
objection | mujhe profiling pe etraz hai
objection | aitraz hai mujhe
objection | meri profiling na ki jaye
objection | mere data ke analysis pe aitraz hai
human | mujhe kisi representative se baat karni hai
human | koi mujhe call kare
human | kisi insaan se rabta karwao
human | staff se baat karni hai
human | agent se baat karwa dein
status | meri request ki kya status hai
status | meri darkhwast kahan hai
status | K7MQ-2XDA ka kya bana
status | meri request complete hui?
status | status batao
menu | menu dikha do
menu | wapas menu
menu | main menu pe jao
menu | peeche chalo
language | urdu mein baat karein
language | angrezi mein
language | zaban tabdeel karni hai
language | english mein jawab do
greeting | asalam o alaikum
greeting | assalamualaikum kaise hain
greeting | salam ji
greeting | hello bhai
greeting | salaam
yes | ji haan theek hai
yes | bilkul theek
yes | haan kar do
yes | ji karein
no | nahi nahi
no | ji nahi shukriya
no | nahi abhi nahi
no | na ji
cancel | cancel kar do bhai
cancel | rehne dijiye
cancel | ye request cancel karo
cancel | cancel karein
unknown | mera package kyun khatam ho gaya
unknown | naya connection lena hai
unknown | dukaan kab khule gi
unknown | aaj mausam kaisa hai
""",
}


THIRD_HELD_OUT: dict[str, str] = {
    "en": """
access | what info do u have on me
access | I'd like a copy of everything linked to my number
access | can I see what you've stored
consent_withdrawal | I revoke my consent
consent_withdrawal | stop sharing my data please
consent_withdrawal | I want to withdraw the consent I gave for location
marketing_opt_out | please stop the promotional messages
marketing_opt_out | dont call me for offers
marketing_opt_out | stop sending newsletters
erasure | I want all my data erased
erasure | delete my number from your records
erasure | remove my account please
rectification | my address has changed, please update it
rectification | my name is incorrect
rectification | wrong email on file
complaint | I want to complain about spam calls using my leaked number
complaint | my privacy was violated and I want to file a complaint
complaint | you shared my data without asking me
restriction | please restrict processing of my personal data
restriction | limit what you do with my data
objection | I object to automated decision making
objection | don't use my data for targeted ads
human | talk to an agent
human | I want a real person
human | customer support please
status | what's the status of my complaint
status | any update on 9HXR-4PQT
status | where is my deletion request
menu | go back to the menu
language | switch language
language | I prefer urdu
greeting | hi!
greeting | hello good afternoon
yes | yes i agree
no | no not now
no | nope, thanks
cancel | cancel my request please
cancel | never mind, cancel
unknown | I lost my sim card
unknown | how do I pay my bill
""",
    "ur": """
access | میرے بارے میں کیا ڈیٹا ہے آپ کے پاس
access | مجھے میری معلومات کی کاپی بھیجیں
access | اپنا ڈیٹا دیکھنا ہے
consent_withdrawal | میں اجازت واپس لینا چاہتا ہوں
consent_withdrawal | میرا ڈیٹا شیئر نہ کریں
consent_withdrawal | لوکیشن کی رضامندی واپس لے لیں
marketing_opt_out | اشتہاری کالز بند کریں
marketing_opt_out | پروموشنل پیغامات نہیں چاہییں
marketing_opt_out | مارکیٹنگ بند
erasure | میرا سب ڈیٹا حذف کریں
erasure | میرا نمبر ریکارڈ سے مٹا دیں
erasure | اکاؤنٹ ختم کر دیں
rectification | میرا پتہ بدل گیا ہے اپڈیٹ کریں
rectification | میرا نام غلط لکھا ہے
rectification | ای میل درست کرنی ہے
complaint | میں شکایت درج کروانا چاہتا ہوں
complaint | میرا ڈیٹا بغیر اجازت استعمال ہوا
complaint | میرے نمبر کا غلط استعمال ہو رہا ہے
restriction | ڈیٹا کی پراسیسنگ محدود کریں
restriction | میرے ڈیٹا کا استعمال روک دیں عارضی طور پر
objection | پروفائلنگ پر اعتراض ہے
objection | میرا ڈیٹا اشتہارات کے تجزیے کے لیے استعمال نہ کریں
human | نمائندے سے بات
human | کسی انسان سے بات کروائیں پلیز
human | مجھے کال کر لیں
status | میری شکایت کی صورتحال
status | 9HXR-4PQT کا اسٹیٹس
status | میری درخواست کا کیا ہوا
language | انگریزی میں
greeting | آداب جناب
unknown | میری سم گم ہو گئی ہے
unknown | بل کیسے جمع کروں
""",
    "ur-Latn": """
access | mere bare mein kya data hai aap ke pas
access | meri info ki copy bhejo
access | apna data dekhna hai
consent_withdrawal | main ijazat wapas lena chahta hun
consent_withdrawal | mera data share na karein
consent_withdrawal | location ki consent wapas le lo
marketing_opt_out | promotional calls band kar do plz
marketing_opt_out | marketing msgs nahi chahiye
marketing_opt_out | ads band
erasure | mera sab data delete karo
erasure | mera number record se mita do
erasure | account khatam kar do
rectification | mera address badal gaya hai update kar do
rectification | mera naam ghalat likha hai
rectification | email durust karni hai
complaint | main shikayat darj karwana chahta hun
complaint | mera data bina ijazat use hua
complaint | mere number ka ghalat istemal ho raha hai
restriction | data ki processing mehdood karo
restriction | mere data ka use rok dein filhal
objection | profiling pe aitraz hai
objection | mera data ads ke analysis ke liye use na karo
human | agent se baat
human | kisi insaan se baat karwao plz
human | mujhe call kar lena
status | 9HXR-4PQT ka status
status | meri request ka kya hua
menu | menu pe wapas
greeting | assalamualaikum
greeting | aoa bhai
cancel | cancel karo
unknown | meri sim gum ho gayi hai
unknown | bill kaise jama karun
""",
}


FOURTH_HELD_OUT: dict[str, str] = {
    "en": """
access | can i get a copy of all the info u guys have on me
access | pls send me whatever personal data ur company keeps about me
access | what details of mine r stored in ur system? want to see them
consent_withdrawal | i no longer allow you to share my info with other companies
consent_withdrawal | taking back my permission for using my data, pls note it
consent_withdrawal | revoke the consent i gave when i signed up for the loan app
marketing_opt_out | stop sending me promo sms every day its too much
marketing_opt_out | unsubscribe me from ur offers on whatsapp
marketing_opt_out | no more sales calls pls, i am fed up
erasure | delete my account and all my records permanently
erasure | i want u to wipe my info from ur database
erasure | kindly remove all my personal details, i dont use ur service anymore
rectification | my name is spelt wrong in your records, its Ayesha not Aisha
rectification | need to update my address, i shifted to lahore
rectification | cnic number on my profile is incorrect pls fix it
complaint | my number got leaked and now strangers keep calling me
complaint | i want to file a complaint, u shared my details without asking
complaint | ur staff was very rude when i asked about my data, not acceptable
restriction | pls hold off on using my data until my dispute is sorted
restriction | dont process my info for now, just freeze it till the issue is checked
objection | i object to you profiling me for targeted ads
objection | dont use my data for credit scoring analysis, i object to automated decisions
human | can i talk to a real person pls
human | connect me with an agent asap
human | i need a representative, not a bot
status | any update on my request K7MQ-2XDA?
status | what happened to the complaint i made last week
status | is my deletion request done yet
menu | take me to the main menu
menu | show me the options again
language | switch to urdu pls
language | can we talk in english instead
greeting | hellooo anyone there
greeting | good morning sir
yes | yes pls do it
yes | ok sure go ahead
no | nope not needed
no | no dont do that
cancel | never mind, forget it
cancel | cancel this step
unknown | my internet is very slow since morning
unknown | how do i pay my electricity bill
""",
    "ur": """
access | مجھے اپنا سارا ڈیٹا دیکھنا ہے جو آپ کے پاس ہے
access | میری ذاتی معلومات کی کاپی بھیج دیں
access | آپ لوگوں نے میرے بارے میں کیا کیا محفوظ کیا ہوا ہے بتائیں
consent_withdrawal | میں اپنی اجازت واپس لیتا ہوں، میرا ڈیٹا کسی اور کمپنی کو نہ دیں
consent_withdrawal | مجھے اپنی رضامندی واپس لینی ہے
consent_withdrawal | میری معلومات تیسرے فریق سے شیئر کرنے کی اجازت ختم کریں
marketing_opt_out | روز روز پروموشن والے میسج بند کرو
marketing_opt_out | مجھے اشتہاری کالز نہیں چاہیے
marketing_opt_out | واٹس ایپ پر آفرز بھیجنا بند کریں پلیز
erasure | براہ مہربانی میرا اکاؤنٹ بند کر کے ڈیلیٹ کر دیں
erasure | میری ساری معلومات اپنے سسٹم سے مٹا دو
erasure | ميرا ڈيٹا مستقل طور پر ختم كر ديں
rectification | میرا نام غلط لکھا ہوا ہے اسے ٹھیک کریں
rectification | پتہ تبدیل کرنا ہے نیا پتہ کراچی کا ہے
rectification | شناختی کارڈ نمبر غلط درج ہے درست کر دیں
complaint | میرا نمبر لیک ہو گیا ہے شکایت درج کرنی ہے
complaint | آپ نے میری اجازت کے بغیر میری معلومات دوسروں کو دے دیں
complaint | آپ کے نمائندے نے بہت بدتمیزی کی جب میں نے اپنے ڈیٹا کا پوچھا
restriction | جب تک میرا معاملہ حل نہیں ہوتا میرا ڈیٹا استعمال نہ کریں بس روک دیں
restriction | میری معلومات پر کارروائی عارضی طور پر محدود کر دیں
objection | اشتہارات کے لیے میری پروفائل بنانا مجھے منظور نہیں، اعتراض درج کریں
objection | میرے ڈیٹا سے کریڈٹ سکورنگ اور خودکار فیصلے پر مجھے اعتراض ہے
human | بوٹ نہیں چاہیے کسی بندے سے بات کراؤ
human | مجھے نمائندے سے بات کرنی ہے
human | ايجنٹ سے رابطہ كروا دو
status | میری درخواست K7MQ-2XDA کا کیا بنا
status | میری شکایت کی کیا صورتحال ہے
status | میری ریکویسٹ پر کوئی کارروائی ہوئی یا نہیں
menu | مین مینو دکھائیں
menu | شروع سے دوبارہ آپشنز دکھاؤ
language | آگے انگلش میں جواب دیں
language | زبان تبدیل کر کے اردو کر دیں
greeting | السلام علیکم بھائی
greeting | صبح بخیر جناب
yes | جی بالکل ایسا ہی کریں
yes | ہاں جی درست ہے
no | نہیں نہیں ایسا مت کریں
no | نہیں یہ غلط ہے
cancel | رہنے دیں اس کو
cancel | چھوڑو یہ والا کام منسوخ کرو
unknown | بیلنس ختم ہو گیا ہے لوڈ کیسے کروں
unknown | گھر میں سگنل نہیں آ رہے
""",
    "ur-Latn": """
access | mera jo data ap k pas hai uski copy chahiye
access | mjhe dekhna h k meri kya info store ki hai
access | plz meri personal details ka record bhej do
consent_withdrawal | apni consent wapis le rha hun, data share mat kro
consent_withdrawal | main ne jo ijazat di thi wo khatam karo
consent_withdrawal | third party ko meri info dene ki permission withdraw krni h
marketing_opt_out | ye promotional sms band kro yaar
marketing_opt_out | mjhe offers wali calls nai chahiye
marketing_opt_out | whatsapp pe ads bhejna bnd karen plz
erasure | mera account delete kr do
erasure | meri sari info apke system se hata do permanently
erasure | mera deta mita do sab ka sab
rectification | mera naam ghalat likha hai theek kro
rectification | mujhe apna address update karna hai
rectification | date of birth galat h records me, sahi kr dein
complaint | mera number leak hua hai complaint karni hai
complaint | bina puche meri details kisi aur ko de di aapne
complaint | apke banday ne bohat badtameezi ki jab data ka poocha
restriction | jab tak masla hal nai hota mera data use na karo, rok do
restriction | meri info ki processing abhi limit kar do delete nahi krna
objection | profiling pe mujhe objection hai
objection | mere data se credit score ka automated faisla mat kro
human | kisi insaan se baat karwao
human | agent se connect kr do plz
human | mjhe representative se baat krni hai
status | meri request K7MQ-2XDA ka kya bana
status | complaint ka status kya h ab tak
status | jo request di thi uska koi update?
menu | menu dikhao zara
menu | wapis shuru pe le jao
language | urdu me baat karo plz
language | english mein switch kr do
greeting | assalam o alaikum bhai
greeting | salam bhai kaise ho
yes | haan ji kar do
yes | theek hai chalo
no | nhi bhai
no | nai ye nahi chahiye
cancel | chhoro rehne do
cancel | ye wala kaam cancel kro
unknown | mera bill kaise jama karun
unknown | net package kaise lagate hain
""",
}


FIFTH_HELD_OUT: dict[str, str] = {
    "en": """
access | i want to know what personal info ur company has stored about me
access | pls send me a copy of all the data u have on me
access | What details of mine does your network keep in its records? Never got any list from you.
access | loan app took stuff from my phone, i want a full report of what they collected
consent_withdrawal | i no longer allow u to share my info with ur partner companies
consent_withdrawal | Kindly take back my permission for using my data, I agreed by mistake while signing up
consent_withdrawal | withdraw my consent pls
consent_withdrawal | revoke the access i gave to my contacts n location, i dont consent anymore
marketing_opt_out | stop sending me promo sms every day its irritating
marketing_opt_out | Please remove my number from your offers and discounts calling list.
marketing_opt_out | no more marketing whatsapp msgs plz
marketing_opt_out | how do i turn off these sale notifications from ur app, getting like 10 a day
erasure | delete my account and all my info permanently
erasure | I want my personal data erased from your hospital system, kindly do the needful
erasure | remove everything u have about me
erasure | pls wipe my details from the delivery app, dont use it anymore and want nothing left behind
rectification | my name is spelled wrong in ur records, its Shahzad not Shehzad
rectification | Need to update my address, shifted from Gulberg to DHA last month.
rectification | cnic no on my account is incorrect pls fix
rectification | wrong dob in my bank profile, should be 14 march 1990
complaint | my number got leaked from ur company n now i get scam calls all day
complaint | I want to lodge a complaint, you shared my loan details with my relatives without asking me
complaint | emailed u about my data 3 weeks ago and nobody replied, this is unacceptable
complaint | ur staff was very rude when i asked about my privacy, want to report this
restriction | dont use my data until my dispute with the bank is settled, dont delete just put it on hold
restriction | Please restrict processing of my information while you verify the correction I asked for.
objection | i object to u using my data for credit scoring
objection | I don't want my info used for targeted ads or any profiling, I object to it.
human | connect me to a real person
human | can i talk to a customer care rep pls
human | I need an agent, this bot is not helping
status | what happened to my request B3XZ-9KQP?
status | any update on the complaint i submitted last week
status | its been 10 days since my deletion request, where is it at
menu | take me to main menu
menu | show me the options again pls
language | switch to urdu plz
language | Can we continue in Urdu?
greeting | hey hi, gud morning
greeting | good evening sir
yes | yes pls
yes | yup thats correct
yes | ok go ahead
no | nope not that
no | no thats not right
no | no dont do it yet
cancel | never mind forget it
cancel | ugh leave it, cancel whatever this is
unknown | my internet package is not working since morning
unknown | when will my parcel arrive its already 3 days late
""",
    "ur": """
access | میرا جو ڈیٹا آپ کے پاس ہے وہ مجھے دکھائیں
access | براہ کرم بتائیں کہ آپ کی کمپنی نے میری کون کون سی معلومات محفوظ کر رکھی ہیں اور کس لیے
access | میری ذاتی معلومات کی کاپی چاہیے
access | لون ایپ نے میرے فون سے جو کچھ لیا اس کی پوری تفصیل بھیجیں
consent_withdrawal | اپنی اجازت واپس لیتا ہوں، میرا ڈیٹا کسی پارٹنر کو نہ دیا جائے
consent_withdrawal | مہربانی کرکے میری رضامندی ختم کر دیں، میں نہیں چاہتی کہ میری معلومات مزید استعمال ہوں
consent_withdrawal | تیسری کمپنیوں کے ساتھ شیئرنگ کی اجازت منسوخ كريں
consent_withdrawal | ایپ کو کانٹیکٹس اور لوکیشن کی جو اجازت دی تھی وہ واپس لینی ہے
marketing_opt_out | روز روز پروموشن والے میسج بند کریں
marketing_opt_out | براہ کرم آفرز والی کالز مت کیا کریں، میرا نمبر اس فہرست سے نکال دیں
marketing_opt_out | واٹس ایپ پر اشتهار والے پیغام بھیجنا بند كرو
marketing_opt_out | مجھے کوئی مارکیٹنگ ای میل نہیں چاہیے
erasure | میرا اکاؤنٹ اور سارا ڈیٹا ڈیلیٹ کر دیں
erasure | ہسپتال کے سسٹم سے میری تمام ذاتی معلومات ہمیشہ کے لیے مٹا دی جائیں، مہربانی ہوگی
erasure | میری معلومات ہٹا دو
erasure | ڈیلیوری ایپ اب استعمال نہیں کرتا، میرا سب ریکارڈ ختم کر دیں کچھ باقی نہ رہے
rectification | میرا نام غلط لکھا ہوا ہے اسے درست کریں
rectification | گھر بدل لیا ہے، نیا پتہ اپڈیٹ کرنا ہے
rectification | شناختی کارڈ نمبر ریکارڈ میں غلط درج ہے براہ کرم ٹھیک کر دیں
rectification | بینک میں میری تاریخ پیدائش غلط ہے اور ای میل بھی پرانی ہے دونوں صحیح کرنی ہیں
complaint | آپ کی کمپنی سے میرا نمبر لیک ہوا ہے اب فراڈ کالیں آ رہی ہیں
complaint | شکایت درج کرانی ہے، لون ایپ نے میرے رشتہ داروں کو میرے قرض کا بتا دیا
complaint | تین ہفتے پہلے درخواست دی تھی کوئی جواب نہیں آیا یہ کیا طریقہ ہے
complaint | میری معلومات بغیر پوچھے دوسروں کو دے دی گئیں، یه سراسر زیادتی ہے
restriction | جب تک میرا تنازعہ حل نہیں ہوتا میرا ڈیٹا استعمال نہ کریں، ڈیلیٹ نہیں کرنا بس روک دیں
restriction | تصحیح کی جانچ مکمل ہونے تک میری معلومات کی پروسیسنگ محدود کر دیں
objection | مجھے اعتراض ہے کہ میرے ڈیٹا سے کریڈٹ اسکور بنایا جائے
objection | پروفائلنگ اور ٹارگٹڈ اشتہارات کے لیے میرا ڈیٹا استعمال کرنے پر مجھے اعتراض ہے
human | کسی انسان سے بات کرائیں
human | کسٹمر کیئر کے نمائندے سے بات کرنی ہے
human | ایجنٹ سے ملاؤ یہ بوٹ سمجھ نہیں رہا
status | میری درخواست B3XZ-9KQP کا کیا بنا؟
status | پچھلے ہفتے والی شکایت پر کوئی پیش رفت ہوئی؟
status | ڈیلیٹ کی درخواست کو دس دن ہو گئے ابھی تک کیا صورتحال ہے
menu | مجھے مین مینو پر لے چلیں
menu | شروع پر واپس جاؤ
language | انگلش میں بات کریں
language | زبان تبدیل کر کے انگریزی کر دیں
greeting | السلام عليكم ورحمة الله
greeting | شام بخیر
yes | جی ہاں بالکل درست ہے
yes | ہاں جی آگے بڑھیں
yes | بالكل
no | نہیں جناب، ایسا مت کریں
no | جی نہیں یہ درست نہیں
no | نہيں يه نہیں چاہیے
cancel | چھوڑیں اسے، جو شروع کیا تھا وہ رہنے دیں
cancel | یہ عمل منسوخ کر دیں
unknown | میرا انٹرنیٹ پیکج صبح سے نہیں چل رہا
unknown | میرا بیلنس کتنا رہ گیا ہے
""",
    "ur-Latn": """
access | mera kitna data ap logon ne save kiya hua hai? dekhna hai
access | bank ke paas meri kya kya maloomat hain plz uski copy email kr dein
access | mjhy meri personal information ka record chahiye jo telenor ke paas hai
access | jo app ne mere contacts aur photos uthaye wo sab mujhe dikhao, mera haq hai janna
consent_withdrawal | apne partners ko mera data dene ki ijazat wapis leta hun
consent_withdrawal | consent withdraw krna hai
consent_withdrawal | maine signup pe galti se allow kr diya tha ab meri permission khatam kardo plz
consent_withdrawal | insurance walon ke sath meri info share mat karo, meri ijazat nahi hai ab
marketing_opt_out | ye promotional sms band kro yar roz 5 aate hain
marketing_opt_out | mujhe koi offer wali call nhi chahiye
marketing_opt_out | marketing emails se unsubscribe krna hai
marketing_opt_out | app ki notifications me discount aur deals wali cheezain band krdo, sirf order updates rakho
erasure | mera account hamesha ke liye khatam kr do
erasure | meri saari details apke system se delete krwani hain
erasure | data mitao mera
erasure | clinic ke record se mera number aur address nikal dein, ab wahan ilaj nahi karwana
rectification | mera mobile number change hua hai new wala update kr do
rectification | spelling ghalat hai naam ki, Ayesha likhna tha Aisha likha hai
rectification | mere father ka naam record me ghalat h usko durust krdein
rectification | email address purana para hai, naya dalwana hai
complaint | meri CNIC copy kisi aur ke paas kaise pohanchi? ye data leak hai complaint likho
complaint | loan app walon ne meri photo mere contacts ko bhej di, shikayat darj karni hai
complaint | do dafa request ki thi data delete ki, koi jawab hi nahi, bohat bura service
complaint | aap ke call center wale ne meri privacy ki baat pe badtameezi ki
restriction | jab tak meri galat entry theek nahi hoti tab tak mera data process mat karo, delete nahi krna bas hold pe rakho
restriction | mere data ka use abhi ke liye rok do
objection | automated decision se mera loan reject hua, mujhe is tareeqe pe aitraz hai
objection | mera data analysis aur ads ke liye istemal na ho, main object karta hun
human | banda chahiye baat karne ke liye
human | kisi officer se rabta karwa dein plz
human | customer service wale se connect kro
status | B3XZ-9KQP ka status kya hai
status | meri shikayat ka kuch hua ya nahi?
status | data delete wali request kahan tak pohanchi, 2 hafte ho gaye
menu | main menu pe wapis chalo yar
menu | wapas start pe le jao options dikhao
language | urdu me baat kro
language | english language select krni hai
greeting | aoa g
greeting | assalam-o-alaikum bhai
yes | han ji
yes | g bilkul
yes | theek h
no | nhi ji shukriya
no | nahi yar
no | ni chahiye
cancel | chhoro isay, jo start kiya tha wo khatam kro
cancel | ye wala step cancel kro
unknown | mera bill zyada aya hai is mahine
unknown | koi naukri hai apke pas?
""",
}


SIXTH_HELD_OUT: dict[str, str] = {
    "en": """
access | i want to know what personal info ur bank has on file about me
access | can i get a copy of all the data your network keeps on my sim number
access | pls send me whatever details the loan app collected from my phone
access | Kindly share the record of my personal information that your hospital maintains, including lab reports and contact details.
access | what data do u guys hold abt me??
consent_withdrawal | i no longer allow you to share my info with your partner companies
consent_withdrawal | I am taking back the permission I gave the app to read my contacts and gallery
consent_withdrawal | plz withdraw the consent i gave at account opening
consent_withdrawal | i agreed to data sharing when i signed up for the school portal but now i want to revoke that
consent_withdrawal | the consent i gave for sharing my location with third parties, i am withdrawing it from today
marketing_opt_out | stop sending me promo sms every day its so annoying
marketing_opt_out | unsubscribe me from ur offers and discount emails
marketing_opt_out | no more marketing calls plz, ur telesales guy called me 4 times today
marketing_opt_out | I do not want any promotional WhatsApp messages from your store anymore
marketing_opt_out | turn off the deals notifications in the app
erasure | delete my account and all my data permanently
erasure | pls erase my info from ur system i dont use the ride app anymore
erasure | i want my old loan application details removed from your records completely
erasure | remove the cnic copy and selfies i uploaded during signup
erasure | wipe out every bit of my info u have
rectification | my name is spelled wrong in ur records, its Muhammad not Mohamad
rectification | need to update my address, we shifted from Gulberg to DHA last month
rectification | date of birth on my profile is incorrect pls fix it
rectification | change my email to the new one, the old one got hacked
rectification | my cnic number has a typo in the bank records, last 2 digits are swapped kindly correct it
complaint | your staff leaked my phone number to some random guy who keeps calling me at night
complaint | i want to file a complaint, my medical report was shared with my employer without asking me
complaint | I emailed you 3 weeks back about my data and still no reply, this is very unprofessional
complaint | how did a loan recovery agent get my relatives contacts?? this is misuse of my data
complaint | the guy at ur branch was very rude when i asked about my privacy, want to report him
restriction | pls dont process my data until my dispute is resolved, but dont delete it either
restriction | put a hold on using my info while you check the correction i asked for
restriction | limit the use of my personal data for now, just keep it stored and dont touch it
objection | i object to you using my data for credit scoring
objection | dont want any automated decision on my loan application, i object to profiling
objection | i object to my shopping history being used to show me targeted ads
human | is there any actual human i can chat with instead of this bot
human | connect me to a customer care agent
human | i need a human representative, this bot is not helping at all
status | any update on my complaint ref K2PD-8WNA
status | i submitted a deletion request last week, has anything happened yet
status | is my request still pending or done?
status | still waiting... where is my case at
menu | show main menu
menu | take me back to the start, show me the options again
language | can u reply in urdu from now on
language | can we continue in english instead
greeting | hiii good morning
greeting | hey, evening all
yes | yes correct, proceed
yes | yup thats right
yes | affirmative, do it
no | nah dont
no | no not that one
no | no thanks, not needed
cancel | never mind, leave it
cancel | forget it i dont want to continue this
unknown | my internet has been down since morning
unknown | when will my order be delivered its 5 days late already
unknown | any vacancies for fresh graduates in ur company?
""",
    "ur": """
access | میرا جو ڈیٹا آپ کے پاس ہے اس کی کاپی چاہیے
access | براہ کرم بتائیں کہ بینک نے میری کون کون سی معلومات محفوظ کی ہوئی ہیں
access | لون ایپ نے میرے فون سے کیا کیا ڈیٹا لیا ہے مجھے دیکھنا ہے
access | ہسپتال کے ریکارڈ میں میرے بارے میں جو کچھ بھی درج ہے وہ مہربانی کر کے مجھے بھیج دیں
access | ميرى ذاتى معلومات جو آپ نے ركھى ہيں وه دكھائيں
consent_withdrawal | میں اپنی رضامندی واپس لیتا ہوں، میرا ڈیٹا کسی پارٹنر کمپنی کو نہ دیا جائے
consent_withdrawal | لوکیشن اور کانٹیکٹس پڑھنے کی جو اجازت ایپ کو ملی ہوئی ہے وہ میں واپس لیتی ہوں
consent_withdrawal | اجازت واپس لے رہا ہوں
consent_withdrawal | اسکول والوں کو بچوں کی تصویریں استعمال کرنے کی اجازت دی تھی اب وہ منسوخ کرنا چاہتی ہوں
consent_withdrawal | تھرڈ پارٹی کے ساتھ میری معلومات شیئر کرنے کی منظوری آج سے ختم سمجھیں
marketing_opt_out | پروموشنل میسج بھیجنا بند کریں
marketing_opt_out | روز روز آفرز کی کالز آتی ہیں براہ کرم میرا نمبر مارکیٹنگ لسٹ سے نکال دیں
marketing_opt_out | مجھے واٹس ایپ پر اشتہار والے میسج نہیں چاہئیں
marketing_opt_out | ای میل پر ڈسکاؤنٹ اور سیل کی خبریں مت بھیجا کریں
marketing_opt_out | ایپ کی پروموشن والی نوٹیفیکیشن بند كرديں
erasure | میرا اکاؤنٹ اور سارا ڈیٹا ہمیشہ کے لیے ڈیلیٹ کر دیں
erasure | رائیڈ ایپ سے میری ساری معلومات مٹا دیں میں اب اسے استعمال نہیں کرتا
erasure | میرے شناختی کارڈ کی کاپی اور سیلفی آپ کے سسٹم سے ہٹا دی جائے
erasure | پرانی قرض درخواست کا پورا ریکارڈ ختم کر دیں
erasure | ڈیٹا ڈیلیٹ کرو میرا
rectification | میرا نام غلط لکھا ہوا ہے اسے درست کر دیں
rectification | ہم نے گھر بدل لیا ہے، نیا پتہ اپڈیٹ کرنا ہے
rectification | میری تاریخ پیدائش ریکارڈ میں غلط ہے براہ کرم ٹھیک کریں
rectification | ای میل تبدیل کرنی ہے پرانی والی ہیک ہو گئی
rectification | شناختی کارڈ نمبر کے آخری دو ہندسے غلط درج ہیں مہربانی کر کے صحیح کر دیں
complaint | آپ کے عملے نے میرا نمبر کسی اجنبی کو دے دیا جو اب مجھے تنگ کرتا ہے
complaint | میری میڈیکل رپورٹ میرے دفتر والوں تک کیسے پہنچی؟ میں شکایت درج کرانا چاہتا ہوں
complaint | تین ہفتے پہلے ای میل کی تھی ابھی تک کوئی جواب نہیں آیا یہ بہت غلط بات ہے
complaint | ریکوری والوں نے میرے رشتہ داروں کو فون کیے، یہ میرے ڈیٹا کا غلط استعمال ہے
complaint | برانچ والے نے پرائیویسی کے بارے میں پوچھنے پر بدتمیزی کی، شکایت کرنی ہے
restriction | جب تک میرا تنازعہ حل نہیں ہوتا میرے ڈیٹا پر کوئی کارروائی نہ کریں لیکن ڈیلیٹ بھی مت کریں
restriction | تصحیح کی جانچ مکمل ہونے تک میری معلومات کا استعمال روک دیں
restriction | فی الحال میرے ڈیٹا کا استعمال محدود کر دیں، بس محفوظ رکھیں
objection | کریڈٹ اسکورنگ کے لیے میرا ڈیٹا استعمال کرنے پر مجھے اعتراض ہے
objection | میرے قرض کا فیصلہ کمپیوٹر خود نہ کرے، مجھے پروفائلنگ پر اعتراض ہے
objection | میری براؤزنگ ہسٹری سے ٹارگٹڈ اشتہار بنانے پر میں اعتراض کرتا ہوں
human | مجھے کسی زندہ بندے سے بات کرنی ہے مشین سے نہیں
human | براہ کرم ہیلپ لائن کے کسی نمائندے سے رابطہ کروا دیں
human | یہ بوٹ سمجھ نہیں رہا، کسی ایجنٹ سے ملا دیں
status | میری درخواست R5XK-2MBD کا کیا بنا؟
status | پچھلے ہفتے ڈیلیٹ کی درخواست دی تھی، اس پر کوئی پیش رفت ہوئی؟
status | میری شکایت ابھی تک زیر غور ہے یا حل ہو گئی
status | كيس كہاں تك پہنچا
menu | مین مینیو دکھائیں
menu | شروع سے دوبارہ، سارے آپشن دکھائیں
language | باقی گفتگو انگلش میں کر لیں
language | زبان بدل کر اردو کر دیں مہربانی
greeting | اسلام عليكم بھائی
greeting | سلام، صبح بخیر دوستو
yes | جی بالکل آگے بڑھیں
yes | ہاں یہی چاہیے
yes | بالکل درست
no | نہیں نہیں رکیں
no | نہیں جی شکریہ
no | جی نہیں یہ والا نہیں
cancel | خیر چھوڑیں اب اس کی ضرورت نہیں
cancel | چھوڑو یہ عمل منسوخ کر دو
unknown | میرا بل اس مہینے بہت زیادہ آیا ہے
unknown | صبح سے سگنل نہیں آ رہے
unknown | بيلنس كتنا ره گيا ہے
""",
    "ur-Latn": """
access | jazz ke pas mere number ka kya kya record hai mujhe bata dein
access | mjhe apna sara data chahiye jo wallet app ne save kiya hai, copy bhej do
access | university ke portal pe mera jo data hai uski ek copy mil sakti hai?
access | meri kya info rakhi hui h apne?
access | bhai loan app ne mere phone se kitna data uthaya hai ye dekhna hai mujhe, list do plz
consent_withdrawal | maine sign up pe jo permission di thi wo wapis le rha hun
consent_withdrawal | meri consent withdraw kr do, partners ko mera data share na ho
consent_withdrawal | app ko gallery aur contacts ka access diya tha ab wo ijazat wapis
consent_withdrawal | consent wapis leni hai
consent_withdrawal | hospital ko research ke liye mera data use karne ki jo razamandi di thi wo ab khatam kar rahi hun
marketing_opt_out | ye promotional msgs band kro plz roz 5 6 aate hain
marketing_opt_out | mujhe koi marketing call nai chahiye, DNC list me daal do
marketing_opt_out | whatsapp pe offers bhejna bnd karein
marketing_opt_out | unsubscribe kr do mjhe sab promo emails se
marketing_opt_out | app ki sale wali notifications nahi chahiye
erasure | mera account hamesha ke liye delete kr do
erasure | sari info mita do meri, ab ye service use nhi karni
erasure | ride app se meri trip history aur data remove krdo
erasure | cnic ki jo pics upload ki thi wo delete kardo plz
erasure | mera sab kuch erase kar den apke record se
rectification | mera naam ghalat spell hua hai, Ayesha hai Aisha nahi
rectification | naya address update krna hai, ab hum Lahore shift ho gaye hain
rectification | dob ghalat h profile mein theek kro
rectification | mobile number change krna hai record me, purana band ho gya
rectification | cnic number me ek digit galat enter hua hai kindly sahi kar dein
complaint | mera data leak hua hai apki taraf se, mujhe scam calls aa rahi hain
complaint | bina puche mera number kisi aur company ko de diya?? ye kya tareeqa hai
complaint | ek mahina pehle delete ki request di thi koi jawab nai aya, complaint karni hai
complaint | loan app walon ne meri photos mere contacts ko bhej di, shikayat darj karo
complaint | customer care wale ne privacy ke sawal pe bohat badtameezi se baat ki
restriction | jab tak dispute solve nahi hota mera data process mat karo, delete bhi nai karna
restriction | correction check hone tak meri info ka use rok do
restriction | abhi ke liye mera data sirf store rakho, use limit kar do
objection | credit scoring ke liye mera data use krne pe mujhe objection hai
objection | meri loan ka decision machine khud na kare, profiling pe aitraz hai
objection | targeted ads ke liye meri browsing history use karne pe aitraz hai
human | koi banda available hai baat krne ke liye?
human | customer care rep se baat krni hai plz
human | agent se connect kr do ye bot samajh nai raha
status | meri request T3NV-9QLA ka kya bana?
status | last week deletion request di thi kuch hua?
status | complaint abhi tak pending h kya
status | mera case kahan tak pohancha
menu | main menu dikhao
menu | wapis start pe le jao, options dikhao
language | aage ki baat urdu me kren plz
language | english me switch kr do plz
greeting | asalamualaikum sir
greeting | salam jee
yes | han jee sahi hai
yes | ji han theek hai
yes | bilkul kr do
no | nai bhai ye nahi
no | ni yar
no | nhi shukriya
cancel | chalo rehne do abhi, baad me dekhenge
cancel | chhoro ye sab, cancel kr do
unknown | mera bill is dafa bohat zyada aya hai
unknown | parcel abhi tak nahi pohancha 1 hafta ho gaya
unknown | koi job hai apke pas?
""",
}


SEVENTH_HELD_OUT: dict[str, str] = {
    "en": """
access | i want to know what personal info ur bank has about me, kindly share a copy
access | pls send me all the data ur app has collected on me till now
access | What records does the insurance company keep in my name? I need the full details in writing.
access | i am having one query, which of my details r stored in ur system since i opened my acc
access | can u email me a copy of whatever info the job portal saved from my profile
consent_withdrawal | i withdraw my permission for u to share my data with ur partner companies
consent_withdrawal | I no longer consent to the telemedicine app using my health records, please take my consent back
consent_withdrawal | revoke my consent for data sharing w third parties
consent_withdrawal | gave permission to access my contacts when i took the loan, now i am taking that permission back
consent_withdrawal | kindly treat the consent i ticked at signup as withdrawn, no sharing with affiliates pls
marketing_opt_out | stop sending me promo sms
marketing_opt_out | pls no more offers on whatsapp, getting 5 msgs daily its too much
marketing_opt_out | I keep getting marketing calls from your sales team, kindly remove my number from the calling list.
marketing_opt_out | unsubscribe me from ur promotional emails thx
marketing_opt_out | these sale notifications in the app r so annoying, turn them off for me
erasure | delete my acc and all data linked to it
erasure | i want the pharmacy to erase my prescription history and personal details permanently
erasure | pls remove my cv and profile from ur job site completely, i got a job
erasure | Kindly wipe out every record you have about me, I don't use your services anymore.
erasure | erase my info frm ur system
rectification | my name is spelt wrong in ur records, its Rizwan not Rizwaan
rectification | pls update my address, shifted to gulshan-e-iqbal block 6 last month
rectification | The CNIC number on my policy has one wrong digit, kindly correct it
rectification | dob is wrong in my daughters school record pls fix it
rectification | change my email in ur system, the old one doesnt work anymore
complaint | my number was leaked by ur courier and now strangers r calling me at night
complaint | I want to file a complaint, your recovery staff told my relatives about my loan without asking me
complaint | sent a delete request 3 weeks ago and nobody replied, this is not acceptable
complaint | ur agent was very rude when i asked about my privacy, i want to complain against him
complaint | the marketplace gave my home address to some seller who then kept harassing me
restriction | dont delete my data but pls stop using it until my dispute is resolved
restriction | Kindly put a hold on processing my information while you check the correction I asked for.
restriction | limit the use of my data for now, just keep it stored nothing else
objection | i object to ur app profiling me for targeted ads
objection | I don't want a computer to decide my loan, I object to the automated credit scoring
objection | do not use my purchase history for analysis or marketing, i object to it
human | is there any human i can chat with? pls
human | connect me with a customer care agent asap
human | I need to speak to a representative, this bot is not helping me at all
status | whats the status of my request M8WD-3JFK
status | any update on my complaint? submitted it last week
status | Has my deletion request been processed yet?
status | ref no K2PL-7XQA, where is it now
menu | pls show me the menu options once more
menu | take me back to the start and show the options again
language | can we switch to urdu pls
language | i want to change the language
greeting | heyy good afternoon
greeting | hello sir, good morning
yes | yess that one
yes | ya sure, proceed
yes | yes pls do the needful
no | nopes
no | nope not that one
no | no, not needed rn
cancel | leave it, i changed my mind
cancel | forget it, cancel this
unknown | my bill is too high this month why
unknown | internet not working since morning in my area
unknown | when will my parcel be delivered, its 4 days late
""",
    "ur": """
access | میرا کون کون سا ڈیٹا آپ کے پاس محفوظ ہے مجھے بتائیں
access | براہ کرم مجھے میری ذاتی معلومات کی کاپی بھیج دیں جو بینک نے رکھی ہوئی ہے
access | جناب میں جاننا چاہتا ہوں کہ آپ کی ایپ نے میرے بارے میں کیا کیا معلومات جمع کی ہیں
access | سم کمپنی کے سسٹم میں میری جو تفصیلات ہیں وہ سب دکھائیں
access | انشورنس کمپنی کے ریکارڈ میں میرے متعلق کیا درج ہے اس کی نقل چاہیے
consent_withdrawal | میں اپنی رضامندی واپس لے رہا ہوں، آئندہ میرا ڈیٹا کسی پارٹنر ادارے کو نہ بھیجا جائے
consent_withdrawal | میں نے اکاؤنٹ بناتے وقت جو اجازت دی تھی وہ اب واپس لینا چاہتی ہوں
consent_withdrawal | مہربانی کر کے میری معلومات تیسرے فریق کے ساتھ شیئر کرنے کی اجازت منسوخ کریں
consent_withdrawal | قرض لیتے وقت کانٹیکٹس تک رسائی کی اجازت دی تھی اب وہ ختم کرنا چاہتا ہوں
consent_withdrawal | ميری صحت کی رپورٹس استعمال کرنے کی اجازت واپس لے رها هوں
marketing_opt_out | پروموشنل میسج بند کریں
marketing_opt_out | روزانہ آفرز کی کالیں آ رہی ہیں، مہربانی کر کے میرا نمبر مارکیٹنگ والی فہرست سے نکالیں
marketing_opt_out | واٹس ایپ پر سیل والے میسج بھیجنا بند کرو
marketing_opt_out | مجھے آپ کی اشتہاری ای میلز نہیں چاہییں ان سبسکرائب کر دیں
marketing_opt_out | ایپ میں ڈسکاؤنٹ والی نوٹیفیکیشن بند کر دیجیے
erasure | میرا اکاؤنٹ بند کر کے سارا ڈیٹا ڈیلیٹ کر دیجیے
erasure | جناب میری تمام ذاتی معلومات آپ کے ریکارڈ سے ہمیشہ کے لیے مٹا دی جائیں
erasure | جاب پورٹل سے میری سی وی اور پروفائل ہٹا دیں
erasure | ميرا ڈيٹا ختم كرو
erasure | فارمیسی والے میری دوائیوں کی ہسٹری اور نمبر اپنے سسٹم سے نکال دیں، اب مجھے آپ کی سروس نہیں چاہیے
rectification | ریکارڈ میں میرے نام کے ہجے غلط ہیں، براہ کرم ٹھیک کریں
rectification | براہ کرم میرا پتہ اپڈیٹ کریں ہم نے گھر بدل لیا ہے
rectification | شناختی کارڈ نمبر میں ایک ہندسہ غلط ہے، تصحیح کر دیں
rectification | اسکول کے ریکارڈ میں بیٹے کی تاریخ پیدائش غلط درج ہے
rectification | میری ای میل تبدیل کرنی ہے پرانی والی اب استعمال نہیں کرتا
complaint | آپ کے کورئیر والوں نے میرا نمبر لیک کر دیا اب انجان لوگ کالیں کر رہے ہیں
complaint | میں شکایت درج کروانا چاہتی ہوں، آپ کے عملے نے میرے قرض کی تفصیل میرے رشتہ داروں کو بتا دی
complaint | دو ہفتے پہلے ڈیٹا ڈیلیٹ کرنے کی درخواست دی تھی کوئی جواب نہیں آیا، یہ کیا طریقہ ہے
complaint | میری اجازت کے بغیر میری معلومات دوسری کمپنی کو کیوں دی گئیں
complaint | پرائیویسی کے بارے میں پوچھا تو آپ کے نمائندے نے بدتمیزی کی
restriction | ابھی میرا ڈیٹا ڈیلیٹ نہ کریں لیکن جب تک تنازع حل نہیں ہوتا اس کا استعمال روک دیں
restriction | میری معلومات کی پروسیسنگ عارضی طور پر محدود کر دیں
restriction | درستگی کی جانچ مکمل ہونے تک میرے ریکارڈ پر کوئی کارروائی نہ کی جائے
objection | میری پروفائلنگ پر مجھے سخت اعتراض ہے، اسے روکیں
objection | میرے ڈیٹا سے ٹارگٹڈ اشتہار دکھانا مجھے منظور نہیں، میں اعتراض کرتا ہوں
objection | قرض کا فیصلہ کمپیوٹر خود کرے یہ مجھے قبول نہیں، کریڈٹ اسکورنگ کے لیے میری معلومات استعمال نہ کریں
human | کسی اصل بندے سے بات کروا دیں پلیز
human | مجھے کسٹمر کیئر کے نمائندے سے بات کرنی ہے
human | بوٹ سے نہیں، کسی ایجنٹ سے رابطہ کروا دیں
status | میری درخواست کا کیا بنا؟
status | ریفرنس M8WD-3JFK کی صورتحال بتائیں
status | پچھلے ہفتے شکایت کی تھی اس پر کوئی پیش رفت ہوئی؟
status | ميری درخواست ابھی تك كہاں تك پہنچی
menu | مینیو دوبارہ بھیجیں
menu | شروع سے دوبارہ، آپشنز دکھائیں
language | مجھے انگلش میں جواب چاہیے
language | زبان اردو سے انگلش میں بدل دیں
greeting | اسلام و علیکم بھائی
greeting | سلام جناب، شام بخیر
yes | ہاں ہاں آگے بڑھیں
yes | جی درست ہے
yes | ہاں بالکل یہی
no | نہیں بھائی ایسا نہیں
no | نہیں ابھی نہیں شکریہ
no | نہیں یہ نہیں
cancel | رہنے دو اس کو، ضرورت نہیں
cancel | چھوڑیں یہ عمل منسوخ کر دیں
unknown | اس مہینے کا بل اتنا زیادہ کیوں آیا
unknown | صبح سے انٹرنیٹ نہیں چل رہا
unknown | پارسل ابھی تک نہیں پہنچا چار دن ہو گئے
""",
    "ur-Latn": """
access | sim company ke pas mera kya kya data para hai, mjhe dekhna hai
access | plz meri sari info ki copy bhej do jo microfinance walon ne rakhi hui hai
access | mere bachay ke bare me school ne kia records rakhe hain wo share karein
access | marketplace app ne meri kon kon si details save ki hain? location bhi? sab batao
access | apne data ki copy chahiye
consent_withdrawal | meri consent wapis lo, ab mera data kisi partner ko nahi jana chahiye
consent_withdrawal | signup pe jo ijazat di thi wo withdraw krta hun
consent_withdrawal | insurer ko bola tha hospital walon se info share kr lo, ab wo permission cancel samjho
consent_withdrawal | loan app ko contacts aur gallery ka access allow kiya tha, ab meri ijazat khatam
consent_withdrawal | mujhy apni permission revoke krni h data sharing ke liye
marketing_opt_out | promo waly sms mat bhejo mujhe
marketing_opt_out | din me 3 3 dafa offer ki calls aa rahi hain, mera number is list se nikalo plz
marketing_opt_out | whatsapp pe sale wale msg band kro yar tang aa gaya hun
marketing_opt_out | newsletter emails se unsubscribe krdo mjhe
marketing_opt_out | app ki discount wali notifications off kar dein
erasure | mera account delete kr do sara data samet
erasure | telemedicine app se meri reports aur consultation history hamesha ke liye mita dein
erasure | job portal se meri cv hatao, ab job mil gayi hai
erasure | mra data khatam kro
erasure | courier company ke system se mera ghar ka address aur number remove karein plz
rectification | mera naam ghalat likha hai record me, Ayesha hai Aysha nahi
rectification | pls address update krdo, hum lahore shift ho gaye hain
rectification | CNIC number me aik digit galat he theek karo
rectification | policy me meri date of birth ghalat darj hai, 1989 ki jagah 1998 likha hai
rectification | mobile number badal gaya hai naya wala update kr dein
complaint | apke rider ne mera number kisi aur ko de diya, ab wo banda msg kr ke tang kr raha hai
complaint | shikayat karni hai, recovery walon ne mere loan ka mohalle walon ko bata diya
complaint | 2 hafte pehle request di thi koi jawab ni aya, ye kya tareeka hai
complaint | meri ijazat ke baghair meri info dusri company ko q di gayi
complaint | privacy ka pucha to customer care wali ne badtameezi ki aur phone kaat diya
restriction | abhi data delete na karo lekin jab tak mera case solve nahi hota use istemal mat kro
restriction | meri info ki processing filhal limit kr dein
restriction | jab tak correction check ho rahi hai mere record ko hold pe rakhein
objection | mjhe apni profiling pe aitraz hai
objection | meri shopping history se targeted ads dikhana band karo, main object krta hun
objection | loan ka faisla machine khud kare ye qabool nahi, credit scoring me mera data use mat kro
human | kisi asli insan se baat krwa do
human | customer care representative se baat krni hai plz
human | bot se nahi kisi banday se connect kr do
status | meri request ka kya bana?
status | M8WD-3JFK ka status kya hai
status | pichle hafte complaint ki thi koi update?
status | deletion wali request abhi tak process hui ya nai
menu | menu dobara bhejo
menu | shuru se dobara, options batao
language | english me baat karo
language | urdu me kr dein plz
greeting | assalamualaikum bhai jaan
greeting | salam alaikum, gud evening
yes | haan jee kr do
yes | han theek hai
yes | jee bilkul
no | nai bhai
no | nhi shukriya abhi nahi
no | na yar
cancel | chalo rehne do, mat karo
cancel | chhoro isay, cancel kr do
unknown | is mahine bill bohat zyada aya hai kyun
unknown | subha se signal nai aa rahe
unknown | koi joke sunao
""",
}


EIGHTH_HELD_OUT: dict[str, str] = {
    "en": """
access | Kindly share whatever personal info your bank has stored against my CNIC, I need a complete copy for my records
access | what data does my mobile wallet keep on me?? pls send
access | i want to see all details ur diagnostic centre saved about me incl. old reports
access | need a copy of my personal data
access | how do i find out what the job portal holds on me and who they showed my cv to
consent_withdrawal | I no longer allow the microfinance company to share my information with its partners
consent_withdrawal | withdrawing my consent for 3rd party sharing, effective today
consent_withdrawal | i had agreed the insurance co can use my medical history, i take that back now
consent_withdrawal | pls revoke the permission i gave the delivery app to read my contacts
consent_withdrawal | school can no longer use my son's photos on facebook, i pull back my approval
marketing_opt_out | stop sending me promo sms every morning its too much
marketing_opt_out | unsubscribe me from all the offers n discount msgs
marketing_opt_out | Kindly do the needful and block the sales calls from your network, they ring 5 times a day
marketing_opt_out | no more whatsapp ads from the marketplace pls
marketing_opt_out | turn off those promotional push notifications in the food app
erasure | delete my acc and every bit of my info from the marketplace
erasure | I want the university to erase all records of me from its admission portal as I never enrolled
erasure | remove my data
erasure | job site still has my old cv and phone no, get rid of it permanently
erasure | wipe my details from ur system, dont use the wallet anymore
rectification | my name is spelled wrong in the bank records, its Saima not Saema
rectification | pls update my address, shifted to gulshan block 5
rectification | CNIC number on my insurance policy has one wrong digit, kindly correct it
rectification | dob wrong in school file fix plz
rectification | my email changed and the courier company still uses the old one, need it updated asap
complaint | the lab sent my test results to my employer without asking me, this is totally unacceptable
complaint | someone leaked my number from the housing society list and now strangers call me at night
complaint | I want to lodge a complaint, the loan app misused my data and messaged my relatives
complaint | sent a deletion request 3 weeks ago and got zero reply, very poor service
complaint | ur staff was so rude when i asked about my privacy, reporting this
restriction | pls stop processing my data until my dispute with the bank is resolved, dont delete it just pause
restriction | limit use of my info while u verify the correction i asked for
restriction | put a temporary freeze on how my details are used
objection | i object to my data being fed into ur credit scoring model
objection | dont profile me for targeted ads, i dont agree to that
objection | I do not want a computer deciding my loan automatically, I object to this
human | is there an actual human i can chat with?
human | connect me to a customer care agent pls
human | need a human representative, this bot is not helping me at all
status | whats the status of my request H4NC-8PVT
status | any update on my complaint? filed it last week
status | is my deletion request done yet or still pending
status | where is my case at, ref P2XR-6LQE
menu | pls show me the main options again
menu | take me back to the start options
language | change the language to urdu
language | can we continue in english
greeting | hey, good evening
greeting | hello hello, good afternoon
yes | yes that's correct go on
yes | sure, confirmed
yes | yeah ok do it
no | nope, not this one
no | no thanks, leave it
no | nah, wrong one
cancel | never mind, leave this for now
cancel | stop this step i dont want to continue
unknown | why is my bill so high this month
unknown | no signal in my area since 2 days
unknown | send me a funny joke to cheer me up
""",
    "ur": """
access | براہ کرم مجھے بتائیں کہ آپ کے بینک نے میرے شناختی کارڈ کے ساتھ کون کون سا ڈیٹا محفوظ کر رکھا ہے
access | میری معلومات کی کاپی چاہیے
access | موبائل والٹ والوں کے پاس میرا کیا کیا ریکارڈ ہے مجھے دیکھنا ہے
access | ٹیلی میڈیسن ایپ نے میرے بارے میں جو تفصیلات رکھی ہیں ان کی نقل بھیج دیں
access | جاب پورٹل پر ميرا كون سا ڈیٹا پڑا ہے يه جاننا چاهتا ہوں
consent_withdrawal | میں اپنی اجازت واپس لیتا ہوں، میرا ڈیٹا کسی تیسری پارٹی کو نہ دیا جائے
consent_withdrawal | مائیکروفنانس کمپنی کو جو رضامندی دی تھی وہ ختم سمجھیں
consent_withdrawal | انشورنس کمپنی میری میڈیکل معلومات اپنے پارٹنرز کو نہ دے، میں اپنی منظوری منسوخ کرتی ہوں
consent_withdrawal | ڈیلیوری ایپ کو کانٹیکٹس کی پرمیشن دی تھی اب واپس لینی ہے
consent_withdrawal | اسکول میرے بچے کی تصویریں استعمال کرے اس کی اب میری رضامندی نہیں
marketing_opt_out | روز روز کے پروموشنل میسج بند کریں
marketing_opt_out | مہربانی کر کے آفرز والی کالیں بند کروا دیں، دن میں کئی بار فون آتا ہے
marketing_opt_out | واٹس ایپ پر اشتہار مت بھیجیں
marketing_opt_out | جناب ای میل پر سیل اور ڈسکاؤنٹ والی میلز آنا بند کریں
marketing_opt_out | فوڈ ایپ کی پروموشن والی نوٹیفیکیشن بند كرني ہیں
erasure | میرا اکاؤنٹ بند کر کے سارا ڈیٹا ڈیلیٹ کر دیجئے
erasure | یونیورسٹی کے پورٹل سے میرا تمام ریکارڈ مٹا دیا جائے کیونکہ میں نے داخلہ نہیں لیا
erasure | میری ساری معلومات ہٹا دو بس
erasure | میں اب والٹ استعمال نہیں کرتا، میری ساری تفصیلات اپنے سسٹم سے ختم کر دیں
erasure | آن لائن مارکیٹ پر ميرا پرانا پروفائل مستقل طور پر حذف كريں
rectification | بینک کے ریکارڈ میں میرا نام غلط لکھا ہے اسے درست کریں
rectification | میں نے گھر بدل لیا ہے نیا پتہ اپڈیٹ کر دیں
rectification | انشورنس پالیسی میں شناختی کارڈ نمبر کا ایک ہندسہ غلط ہے، براہ کرم ٹھیک کریں
rectification | تاریخ پیدائش غلط درج ہے تصحیح چاہیے
rectification | کوریئر کمپنی کے پاس میرا پرانا فون نمبر ہے وہ بدل کر نیا لگا دیں
complaint | لیب نے میری رپورٹ میری اجازت کے بغیر دفتر والوں کو بھیج دی، یہ سراسر زیادتی ہے
complaint | ہاؤسنگ سوسائٹی سے میرا نمبر لیک ہوا ہے اب رات کو انجان لوگ فون کرتے ہیں
complaint | مجھے شکایت درج کرانی ہے کہ لون ایپ نے میرا ڈیٹا غلط استعمال کیا اور رشتہ داروں کو میسج کیے
complaint | تین ہفتے پہلے درخواست دی تھی ابھی تک کوئی جواب نہیں، بہت ناقص سروس ہے
complaint | پرائیویسی کا پوچھا تو آپ کے نمائندے نے بہت بدتمیزی سے بات کی، یہ ناقابل قبول ہے
restriction | جب تک بینک کے ساتھ تنازعہ حل نہیں ہوتا میرے ڈیٹا کی پروسیسنگ روک دیں، ڈیلیٹ مت کریں
restriction | میری درستگی کی درخواست چیک ہونے تک میری معلومات کا استعمال محدود رکھیں
restriction | فی الحال میرے ڈیٹا کا استعمال عارضی طور پر معطل کر دیں
objection | مجھے اعتراض ہے کہ میرے ڈیٹا سے کریڈٹ سکورنگ کی جائے
objection | میری پروفائلنگ کر کے اشتہار دکھانا مجھے منظور نہیں
objection | قرض کا فیصلہ خودکار سسٹم کرے اس پر مجھے اعتراض ہے
human | کسی اصلی بندے سے بات کروا دیں پلیز
human | کسٹمر کیئر کے نمائندے سے رابطہ کرا دیں
human | مجھے ایجنٹ سے بات کرنی ہے، یہ بوٹ میری بات نہیں سمجھ رہا
status | میری درخواست H4NC-8PVT کا کیا بنا؟
status | میری شکایت پر کوئی پیشرفت ہوئی
status | ڈیلیٹ کرنے والی درخواست مکمل ہوئی یا ابھی باقی ہے
status | ریفرنس P2XR-6LQE والے کیس کی صورتحال بتائیں
menu | مینیو دوبارہ دکھا دیں
menu | واپس شروع والے آپشنز پر لے چلیں
language | مجھ سے انگریزی میں بات کیجئے
language | زبان اردو کر دیں
greeting | اسلام و علیکم جناب
greeting | ہیلو، شام بخیر
yes | جی ہاں درست ہے
yes | بالکل ٹھیک ہے
yes | جي كر ديں
no | نہیں بھائی، یہ والا نہیں
no | نہیں شکریہ، ضرورت نہیں
no | نہیں یہ نہیں چاہیے
cancel | چھوڑیں رہنے دیں
cancel | یہ مرحلہ منسوخ کریں
unknown | اس مہینے کا بل بہت زیادہ آیا ہے
unknown | دو دن سے سگنل نہیں آ رہے
unknown | یونیورسٹی کی فیس کتنی ہے
""",
    "ur-Latn": """
access | mjhe apna sara data dekhna hai jo bank ne mere CNIC pe save kiya hua hai, pura record chahiye
access | meri info ki copy bhej do plz
access | wallet walon k paas mera kya kya record h?
access | lab ne meri kon si details rakhi hain wo batayen zara
access | job portal pe mera data kis kis ko dikhaya gaya aur kya kya store hai, mujhy janna hai
consent_withdrawal | mein apni consent wapis le rha hun, mera data third party ko na diya jaye
consent_withdrawal | loan company ko jo ijazat di thi wo khatam kro
consent_withdrawal | insurance wale meri medical info partners se share na karen, permission withdraw kr rahi hun
consent_withdrawal | telemedicine app ko jo data use ki permission di thi wo wapas leni hai
consent_withdrawal | school meray bache ki pics use kre iski ab meri marzi nai hai
marketing_opt_out | promo sms bnd kro yaar roz aate hain
marketing_opt_out | offers wali calls band karwa dein plz bohat tang hun
marketing_opt_out | whatsapp pe ads mat bhejo
marketing_opt_out | email pe sale aur discount wali mails ana band kren
marketing_opt_out | food app ki marketing notifications off krdo
erasure | mera account aur sara data delete kr do
erasure | university portal se mera pura record mita dein kyunki admission liya hi nahi tha
erasure | meri info hatao
erasure | wallet ab use nahi karta, meri saari details apne system se khatam kardo
erasure | marketplace pe mera purana profile permanently remove karo
rectification | bank record mein mera naam ghalat likha hai usko theek karen
rectification | mera address change ho gaya h naya update kr dein
rectification | insurance file mein CNIC number ka aik digit ghalat hai, pls correct kro
rectification | date of birth galat ha isko sahi krwana hai
rectification | courier walon k pas mera purana phone number hai naya dal dein
complaint | lab ne meri report bina pooche office walon ko bhej di, ye sarasar ghalat hai
complaint | housing society se mera number leak hua hai ab raat ko ajeeb calls aati hain
complaint | mujhe complaint darj karani hai loan app ne mera data misuse kiya aur relatives ko msg kiye
complaint | 3 hafte pehle request di thi ab tak koi jawab nai aya, bohat bekar service
complaint | privacy ka pucha to apke banday ne badtameezi ki, iski shikayat karni h
restriction | jab tak bank wala masla hal nahi hota mera data use na karen, delete mat karo bas rok do
restriction | meri correction check hone tak meri info ka use limit kr do
restriction | filhal mere data ki processing hold pe rakh dein
objection | mjhe objection hai k mere data se credit scoring ho
objection | meri profiling kr ke targeted ads dikhana mujhe manzoor nhi
objection | loan ka faisla automatic system kare is pe mera aitraz hai
human | kisi insan se baat karwao
human | customer care k representative se connect kr dein
human | agent se baat krni hai bot samajh ni raha
status | meri request H4NC-8PVT ka kya bana?
status | complaint pe koi progress hui?
status | delete wali request complete hui ya nahi abhi tak
status | case P2XR-6LQE ka status bata dein
menu | mjhe main menu dobara dikha do
menu | wapas shuru wale options pe le jao
language | urdu me baat kren plz
language | english mein switch krdo bhai
greeting | aoa sir g
greeting | salam, shaam bakhair
yes | haan jee
yes | bilkul theek hai
yes | ji kr dein
no | nai ji
no | nahi shukriya zaroorat nhi
no | na ye nahi chahiye
cancel | chhoro yaar rehne do isko
cancel | ye step cancel kro
unknown | is mahine ka bill bohat zyada aya hai
unknown | 2 din se signal nahi aa rahe
unknown | koi job mil sakti hai apke pas?
""",
}


NINTH_HELD_OUT: dict[str, str] = {
    "en": """
access | hi, i want to know what info my bank has saved about me
access | kindly share a copy of all personal data your wallet app holds on my acc
access | what exactly does the gym keep on file about me? fingerprint, pics, anything?
access | I am having one query, can i get a copy of my records from the university admissions office
access | pls send me a full export of my profile on the job portal including the CVs i uploaded
access | need to see my data
consent_withdrawal | i gave the lab permission to share my reports with partner clinics, i take it back
consent_withdrawal | I no longer agree to my data being passed to third parties, please note this on my file
consent_withdrawal | revoke my consent pls
consent_withdrawal | withdraw the access i allowed the lender app to my contacts and gallery
consent_withdrawal | dont want the ride app sharing my trips with its partners anymore, pulling my consent
consent_withdrawal | the consent box i ticked at signup for the telemedicine app... undo that, i dont permit it now
marketing_opt_out | stop sending me promo sms every morning
marketing_opt_out | opt me out of all marketing calls
marketing_opt_out | pls no more "special offer" whatsapps, its 5 a day now
marketing_opt_out | unsubscribe me from the property portal newsletters
marketing_opt_out | the pharmacy app keeps pinging me with discount notifications, switch them off for my acc
marketing_opt_out | kindly do the needful and remove my number from your promotional list
erasure | delete my account and everything linked to it
erasure | scrap my profile from ur site
erasure | close my wallet and erase all my info, i dont trust it anymore
erasure | wipe my data pls
erasure | kindly permanently remove my medical history from the telemedicine app servers
erasure | i left the school 2 yrs ago, i want my records deleted from their portal
rectification | my name is spelled wrong in ur records, its Muhammad not Mohammad
rectification | pls update my address, shifted to G-11 islamabad last month
rectification | cnic no on my acc has one digit wrong, need it fixed asap
rectification | date of birth showing 1992 but actually its 1994
rectification | change my email on file to the new one, old one got hacked
rectification | the lab report has my fathers name wrong, kindly rectify
complaint | my number got leaked to loan recovery agents after i applied on ur app, this is unacceptable
complaint | who allowed u to share my salary details with an insurance co? i never agreed
complaint | sent a request 3 weeks back and nobody replied, very poor service
complaint | your helpline guy was rude and laughed when i asked about my data
complaint | i want to lodge a complaint, the delivery rider posted my cnic pic in a whatsapp group
complaint | ur marketplace sold my details to spammers, i'm reporting this
restriction | pls stop using my data until my correction is sorted, dont delete it tho
restriction | can u put a hold on processing my info while the dispute with the lender is ongoing
restriction | just keep my records stored for now, no using them for anything else
restriction | freeze processing of my account data till the issue is checked
objection | my repayment data should not feed into any credit score model, i object to it
objection | dont profile me for targeted ads
objection | i dont want a computer deciding my loan application, i object to automated decisions
objection | pls stop analysing my shopping history to push recommendations at me
human | pls put me thru to a human, someone who can actually read my case
human | give me ur customer care staff, i'll explain on call
human | this bot isnt helping, i need an agent
human | is any representative available to speak with me
status | any update on my request K7PL-3QXN?
status | whats the status of my complaint
status | filed a delete request on monday, has it moved forward or still in queue?
status | ref 9HTB-XW4C, where is it at
status | still waiting on my data copy, how much longer will it take
menu | back to main menu pls
menu | what were the choices again? list them
menu | take me back to the start
language | i'm more comfortable in urdu, can u switch
language | can u reply in english
language | how do i change the bot language
greeting | helloo
greeting | evening sir, hope ur well
greeting | hey, hi!
yes | yes pls do
yes | yep thats correct
yes | affirmative, proceed
yes | ok confirmed
no | no no
no | nope, wrong one
no | no thats not it
no | nah dont do that
cancel | cancel this one
cancel | ugh forget it, drop the whole thing
cancel | stop this, i dont want to continue
cancel | leave it for now
unknown | my 4g bundle got consumed in one day, how??
unknown | postpaid bill came double this month, plz explain the charges
unknown | the rider is 40 mins late, where is my order
unknown | how much balance is left in my wallet
unknown | r u hiring? i need a job
unknown | what are the gym timings on sunday
""",
    "ur": """
access | میرا کون کون سا ڈیٹا آپ کے پاس محفوظ ہے؟
access | براہ کرم موبائل کمپنی میرے بارے میں جو معلومات رکھتی ہے اس کی کاپی بھیج دیں
access | مجھے دیکھنا ہے کہ انشورنس والوں نے میری کیا تفصیلات رکھی ہیں
access | جناب ڈیلیوری ایپ نے میرے آرڈرز اور لوکیشن کا جو ریکارڈ بنایا ہے وہ مجھے دکھائیں
access | ايپ نے ميرے بارے ميں كيا كيا جمع كيا هے
access | مائیکروفنانس بینک کے پاس میری جو ذاتی معلومات ہیں ان سب کی نقل درکار ہے مہربانی
consent_withdrawal | جو رضامندی میں نے فارم بھرتے وقت دی تھی وہ اب واپس سمجھیں
consent_withdrawal | میں نے جو پرمیشن دی تھی کہ میرا ڈیٹا پارٹنرز کو دیا جائے وہ واپس لے رہی ہوں
consent_withdrawal | اب میں اس بات سے متفق نہیں کہ میری معلومات کسی تیسرے فریق کو جائیں
consent_withdrawal | بینک کو دی گئی اجازت منسوخ کر دیں براہ کرم
consent_withdrawal | ايپ كو ميرے كانٹيكٹس تك رسائي كي اجازت ختم كرو
consent_withdrawal | کلینک کو میرے ٹیسٹ نتائج ریسرچ کے لیے دینے کی منظوری اب میری طرف سے نہیں ہے
marketing_opt_out | خدا کے لیے یہ پروموشن والے ایس ایم ایس بند کرو
marketing_opt_out | ہر دوسرے دن پیکج کی آفر والی کالز آتی ہیں یہ بند کروائیں
marketing_opt_out | واٹس ایپ پر اشتہاری میسجز نہیں چاہییں
marketing_opt_out | ای میل پر مارکیٹنگ والی چیزیں مت بھیجا کریں مہربانی
marketing_opt_out | فوڈ ایپ کی ڈیلز والی نوٹیفکیشنز روک دیں
marketing_opt_out | میرا نمبر اپنی تشہیری فہرست سے نکال دیں، رات کو بھی میسج آتے ہیں
erasure | میرا اکاؤنٹ مکمل طور پر ڈیلیٹ کر دیجیے جناب
erasure | میری ساری معلومات اپنے سسٹم سے مٹا دیں
erasure | مارکیٹ پلیس سے میرا پروفائل اور پرانے اشتہار ہمیشہ کے لیے ختم کر دیں
erasure | ميرا ڈيٹا حذف كريں
erasure | جناب میں اب اس جم کا ممبر نہیں، میرا سارا ریکارڈ ختم کر دیجیے
erasure | ٹیلی میڈیسن ایپ پر میری بیماری کی ہسٹری ڈیلیٹ کروانی ہے
rectification | بل پر میرا نام غلط ہجے کے ساتھ لکھا ہے، اسے درست کریں
rectification | میرا پتہ بدل گیا ہے، نیا پتہ اپڈیٹ کر دیں
rectification | شناختی کارڈ نمبر میں ایک ہندسہ غلط ہے
rectification | تاریخ پیدائش غلط درج ہے صحیح کروانی ہے
rectification | پالیسی میں میرا موبائل نمبر پرانا ہے، نیا لکھ لیں
rectification | اسکول کے ریکارڈ میں بچے کے والد کا نام غلط ہے براہ کرم ٹھیک کریں
complaint | میرا نمبر لیک ہو گیا ہے اور اب انجان لوگ کال کرتے ہیں، یہ آپ کی کمپنی سے ہوا
complaint | مجھ سے پوچھے بغیر میری تفصیلات دوسری کمپنی کو کیوں دیں؟
complaint | میں نے دو ہفتے پہلے درخواست دی تھی کوئی جواب نہیں آیا، یہ شکایت ہے
complaint | آپ کے عملے نے پرائیویسی کے مسئلے پر بدتمیزی کی
complaint | شکایت درج کرنی ہے، میری معلومات کا غلط استعمال ہوا ہے
complaint | لیب والوں نے میری رپورٹ کسی اور مریض کو بھیج دی، یہ بہت بڑی لاپرواہی ہے
restriction | جب تک میری درستگی کی درخواست چیک ہو رہی ہے میرا ڈیٹا استعمال نہ کریں، ڈیلیٹ بھی نہ کریں
restriction | میری معلومات پر کارروائی فی الحال روک دیں
restriction | تنازعہ حل ہونے تک میرا ریکارڈ صرف محفوظ رکھیں، اس کا استعمال محدود کریں
restriction | ڈیٹا پروسیسنگ عارضی طور پر معطل کر دیں
objection | میرا ڈیٹا کریڈٹ اسکورنگ کے لیے استعمال کرنے پر مجھے اعتراض ہے
objection | مجھے ٹارگٹڈ اشتہارات کے لیے پروفائل نہ کیا جائے
objection | کمپیوٹر خودکار طریقے سے میرے قرض کا فیصلہ کرے، یہ منظور نہیں
objection | میری خریداری کی عادات کا تجزیہ کرنے پر میں اعتراض کرتا ہوں
human | کسی بندے سے بات کروائیں
human | کسٹمر کیئر سے رابطہ کرنا ہے
human | مجھے کسی نمائندے سے بات کرنی ہے براہ کرم
human | ايجنٹ سے بات كرائيں
status | پچھلے ہفتے والی درخواست کا کیا بنا جناب؟
status | شکایت نمبر R4MN-8ZQT کی صورتحال بتائیں
status | ڈیلیٹ والی درخواست پر کوئی پیش رفت ہوئی؟
status | میری ریکویسٹ کس مرحلے میں ہے جی
status | کیس کا اسٹیٹس چیک کرنا ہے
menu | مین مینو پر واپس جانا ہے
menu | واپس شروع پر لے جائیں
menu | کون کون سے آپشن ہیں؟
language | مجھے جواب انگریزی میں چاہییں
language | بوٹ کی زبان کیسے بدلوں؟
language | اردو میں جواب دیں
greeting | السلام علیکم ورحمۃ اللہ جناب
greeting | سلام بھائی
greeting | صبح بخیر جی
yes | جی ہاں کر دیں
yes | ہاں جی یہی ٹھیک ہے
yes | بالکل جی آگے بڑھیں
yes | جی یہ درست ہے
no | نہیں جی، بالکل نہیں
no | جی نہیں ایسا نہیں
no | نہیں، یہ والا نہیں
no | نہیں بھائی شکریہ
cancel | رہنے دیں جی، ابھی نہیں کرنا
cancel | یہ والا عمل منسوخ کر دیں
cancel | چھوڑیں اسے، بعد میں دیکھیں گے
cancel | بس کریں، آگے نہیں بڑھنا
unknown | نئے انٹرنیٹ پیکج کی قیمت کتنی ہے
unknown | کل سے سگنل نہیں آ رہے
unknown | دوائی کی ڈیلیوری تین دن سے لیٹ ہے
unknown | یونیورسٹی میں داخلے کب شروع ہوں گے
unknown | کل لاہور میں موسم کیسا رہے گا
unknown | رائیڈ کا کرایہ آج اتنا زیادہ کیوں ہے
""",
    "ur-Latn": """
access | mjhe dekhna hai k ap logon ke paas mera kya kya data para hai
access | network company ne meri konsi details rakhi hui hain? janna chahta hun
access | mera sara personal record copy me chahiye plz
access | kia mjhe meri profile ki info ka printout mil sakta hai
access | gym wale mera kya data store krte hain, fingerprint wagera bhi? batao
access | real estate portal pe maine jo bhi dala tha uski poori copy email kar do plz
consent_withdrawal | form bharte waqt jo consent diya tha wo wapas le rha hun
consent_withdrawal | bhai ab mai razi nahi hun ke mera data partners ke sath share ho
consent_withdrawal | marketplace ko jo ijazat di thi wo withdraw kr rahi hun
consent_withdrawal | signup pe jo agree kiya tha wo ab revoke karo
consent_withdrawal | school ko bachon ki photos social media pe lagane ki permission di thi, wo wapas leti hun
consent_withdrawal | wallet ko mera data third party ko dene ki ijazat ab meri taraf se nahi hai
marketing_opt_out | promo msgs band karo yr
marketing_opt_out | har roz offers wali calls aa rhi hain plz rokain
marketing_opt_out | mujhe apki marketing list se nikal do
marketing_opt_out | ride app ki promo notifications off karwani hain
marketing_opt_out | newsletter se unsubscribe krdo
marketing_opt_out | eid sale ke msgs whatsapp pe bhejna band kren, bohat tang aa gya hun
erasure | account khatam krdo mera
erasure | meri sari maloomat permanently delete kardo
erasure | gym membership khatam ho gayi, ab mera record bhi hata do
erasure | mra data erase krwana hai
erasure | job portal se meri cv remove kro plz
erasure | loan app ko bolo k mera number aur cnic apne server se mitaye
rectification | mere naam ki spelling ghalat hai, Ayesha hai Aisha nahi
rectification | number change hogaya, naya number update kr do
rectification | cnic ghalat darj hua h acc me
rectification | meri dob sahi kar do plz
rectification | bank record me purana address hai, naya wala lagao
rectification | university ki degree pe walid ka naam ghalat chapa hai, durust karwana hai
complaint | yaar mera cnic aur selfie kisi fake loan app pe nazar aaya hai, ye apke paas se leak hua
complaint | maine kabhi ijazat nahi di phir bhi meri details bank ke partner ko kaise mil gayin??
complaint | ek mahine se request pending hai koi reply nahi, ye kya tareeqa hai
complaint | apke call center wale ne meri privacy wali baat pe mazaq uraya, bohat bura laga
complaint | shikayat darj karo, meri photo bina pooche apke ad me lagi hai
complaint | delivery boy ne mera number save krke raat ko msgs kiye, ye data ka misuse h
restriction | jab tak meri correction check ho rahi, mera data use mat karna plz
restriction | data delete na karo bas processing abhi rok do
restriction | dispute chal raha hai, tab tak meri info ka istemal limit kardo
restriction | mere record ko freeze karo jab tak masla hal nai hota
objection | credit scoring me mera data use karne pe objection hai
objection | mujhe targeted ads ke liye profile mat karo
objection | loan ka faisla machine khud kare ye mujhe qubool nahi
objection | meri location history se mera analysis karna band kro, mai iske khilaf hun
human | kisi insaan se baat karao
human | agent se milao plz
human | representative se baat krni hai
human | bot se nahi, banday se baat krwao
status | kal wali request ka kya bana? kuch pata chala
status | ref P3VK-7YHD ka status batao
status | deletion request ka kuch hua ya nahi?
status | abhi kitna time lagega meri request me
status | case kahan tak pohncha? number H2QF-5MSW
menu | mjhe main menu dikhao dobara
menu | shuru wali screen pe wapis jana hai
menu | options kya hain
language | mujhse english mein baat kro
language | urdu me plz
language | zuban change krni hai
greeting | salam bhai jaan
greeting | aoa sab khairiyat?
greeting | hello g
yes | haan krdo
yes | ji bilkul
yes | theek hai kr do
yes | han g sahi hai
no | nahi g
no | ni yr
no | nai ye wala nahi
no | ji nhi
cancel | chalo rehne do filhal
cancel | ye step beech me hi khatam kr do, nahi krna
cancel | chhoro isko
cancel | bas bas, chodo ye sab
unknown | sim block ho gayi hai kya karun
unknown | loan ki qist kab tak jama karani hai
unknown | pizza ka order 1 ghante se late hai
unknown | easypaisa me paise phans gaye hain
unknown | ek joke sunao
unknown | aaj petrol ki price kya hai
""",
}


TENTH_HELD_OUT: dict[str, str] = {
    "en": """
access | i want to know what personal info ur bank has on me
access | kindly provide me a copy of all data jazz has stored against my sim
access | what details does the foodpanda app keep about me? pls share
access | i am having one query, which records of mine does the lab have on file
access | send me my data file from careem
access | can u tell me everything my university holds about me in their system, not just grades but personal stuff also
access | I would like a complete copy of the personal data your company holds on my account.
access | how do i download all the info the loan app collected from my phone
consent_withdrawal | i dont give permission anymore to use my data, taking back my consent
consent_withdrawal | withdraw my consent for sharing my info with ur partners
consent_withdrawal | I no longer agree to the insurer using my health details, please revoke my consent
consent_withdrawal | kindly cancel the permission i gave easypaisa to read my contacts
consent_withdrawal | i had ticked the box allowing data sharing with third parties, i want to untick that now
consent_withdrawal | my consent for the telemedicine app to share my records with pharmacies is withdrawn from today
consent_withdrawal | revoke consent plz
consent_withdrawal | the gym took my ok for using my photos on their page, i am taking it back
marketing_opt_out | stop sending me promo sms every single day
marketing_opt_out | pls no more offers on whatsapp from ur pharmacy
marketing_opt_out | unsubscribe me from all marketing emails
marketing_opt_out | i get 5 promotional calls a day from ur network, kindly make it stop
marketing_opt_out | turn off those discount notifications from the app for my acc
marketing_opt_out | Please remove my number from your advertising list.
marketing_opt_out | dont want deals msgs anymore thx
marketing_opt_out | how do i stop zameen sending me property ads by sms
erasure | delete my account and all my data
erasure | pls erase my info from ur records completely
erasure | i want the job portal to remove my cv and profile permanently
erasure | kindly remove all my personal details from the hospital system, i dont go there anymore
erasure | wipe my data
erasure | I have paid off my loan, now I want every record of me deleted from the app
erasure | how can i get my olx acc deleted for good
erasure | remove the cnic copy and selfies u saved during signup
rectification | my name is spelled wrong in ur records, its Ayesha not Aisha
rectification | pls update my address, i moved to gulberg lahore
rectification | wrong date of birth on my profile, kindly correct it
rectification | my email has changed, update it in my acc
rectification | cnic number in bank record has one digit wrong, need it fixed asap
rectification | correct my phone no in the school database pls, old one is not working
rectification | the lab report has my fathers name incorrect, do the needful and rectify
rectification | info is outdated need to edit my details
complaint | my data got leaked, strangers are calling me and they know my loan amount
complaint | i want to file a complaint, u shared my number with some other company without asking
complaint | the loan app messaged my relatives about my debt, this is total misuse of my contacts
complaint | I sent a data request 3 weeks ago and nobody has replied, very disappointing service
complaint | ur staff was very rude when i asked about my privacy, i want to complain
complaint | someone at the hospital showed my reports to my neighbour, this is not acceptable
complaint | complaint against the courier for posting my address in a public fb group
complaint | my cnic pic is being used by a fraudster, how did it leave ur office?
restriction | pls pause using my data until my dispute is resolved
restriction | dont process my info while u check the correction i asked for
restriction | i want to restrict processing of my personal data, not delete it just limit it
restriction | kindly freeze any use of my records for now, the case is pending in court
restriction | can u put a hold on my data, stop using it for the time being but keep it
objection | i object to u using my data for targeted ads
objection | i dont want a computer deciding my loan, i object to this automated decision
objection | stop profiling me based on my shopping history
objection | not ok with my info being used for credit scoring, i object
objection | I object to my data being analysed for direct marketing.
human | i want to talk to a real person
human | connect me to an agent pls
human | is there any human i can speak with, this bot is not helping
human | customer care representative plz
human | can someone from ur team call me on this number
status | whats the status of my data request pls
status | any update on my complaint K8RM-2PZD?
status | i submitted a deletion request last week, has it been done yet
status | ref no QW7H-93LB, where is it now
status | still waiting, is my case even being processed?
status | how much more time for my data request, its been 10 days
menu | main menu pls
menu | pls show all the options once more
menu | go back to start
menu | list the choices u have
language | can we talk in urdu pls
language | pls switch the chat to english
language | how do i change the language here
language | i would prefer to continue in urdu
greeting | helo sir good afternoon
greeting | good evening dear
greeting | hey hey
greeting | gud morning
yes | yep go ahead
yes | yes kindly proceed
yes | ok confirm
yes | sure, do it
yes | yes that is correct
no | no, i dont want that
no | nope, thats not it
no | no thank u sir
no | not at the moment
no | nah not needed
cancel | cancel this pls
cancel | nvm leave it
cancel | forget it, stop this
cancel | i dont want to continue with this, cancel it
unknown | my internet is not working since morning
unknown | why is my electricity bill so high this month
unknown | my food order is late by 1 hour
unknown | how much balance do i have
unknown | any jobs available in ur company?
""",
    "ur": """
access | براہ کرم میرے بارے میں آپ کے پاس محفوظ تمام معلومات کی تفصیل فراہم کریں
access | جیز کیش نے میرا کون سا ڈیٹا جمع کیا ہوا ہے؟
access | میں جاننا چاہتی ہوں کہ ٹیلی میڈیسن ایپ نے میری کون سی میڈیکل ہسٹری رکھی ہے
access | مجھے اپنا ریکارڈ دیکھنا ہے
access | جناب انشورنس کمپنی کے پاس میری جو فائل ہے اس کی نقل چاہیے
access | کالج والوں نے داخلے کے وقت جو معلومات لی تھیں وہ سب مجھے بھیج دیں تاکہ میں دیکھ سکوں
access | ميرا ذاتی ڈيٹا جو آپ کے سسٹم ميں ہے اس کی کاپی مل سکتی ہے؟
access | جم والوں کے پاس میری کیا کیا تفصیلات ہیں
consent_withdrawal | میں نے جو اجازت دی تھی وہ واپس لے رہا ہوں
consent_withdrawal | اپنی رضامندی منسوخ کرنا چاہتی ہوں
consent_withdrawal | میرا ڈیٹا پارٹنر بینکوں کو دینے کی منظوری اب ختم سمجھیں
consent_withdrawal | لون ایپ کو میری گیلری اور کانٹیکٹس کی پرمیشن دی تھی، وہ واپس لینی ہے
consent_withdrawal | کسی تیسرے فریق کے ساتھ میری معلومات شیئر کرنے کی اجازت اب نہیں ہے
consent_withdrawal | جناب لیب کو میرے نمونے تحقیق کے لیے استعمال کرنے کی جو رضامندی دی تھی وہ واپس لیتا ہوں
consent_withdrawal | پرمیشن ختم کرو
consent_withdrawal | اسکول کو بچے کی تصویریں سوشل میڈیا پر لگانے کی اجازت دی تھی، اب منع کرتی ہوں
marketing_opt_out | ہر روز پروموشنل میسج آتے ہیں، بند کریں
marketing_opt_out | مجھے آفرز والی کالیں نہ کیا کریں
marketing_opt_out | ای میل پر اشتہار بھیجنا بند کر دیں مہربانی
marketing_opt_out | واٹس ایپ پر سیل کے میسج نہیں چاہئیں
marketing_opt_out | براہ کرم میرا نمبر تشہیری فہرست سے نکال دیں
marketing_opt_out | ایپ کے ڈسکاؤنٹ والے نوٹیفیکیشن بہت تنگ کرتے ہیں انہیں روکیں
marketing_opt_out | رات گئے نئے پیکج کی مارکیٹنگ کالز آتی ہیں، آئندہ میرے نمبر پر نہ آئیں
marketing_opt_out | فارمیسی والے دواؤں کی آفرز کے ایس ایم ایس بھیجتے رہتے ہیں یہ روکنا ہے
erasure | میرا اکاؤنٹ اور تمام ڈیٹا حذف کر دیں
erasure | میری معلومات مکمل طور پر مٹا دیں
erasure | میں ٹیلی میڈیسن ایپ استعمال نہیں کرتا، میرا پورا ریکارڈ ڈیلیٹ کریں
erasure | ریئل اسٹیٹ پورٹل سے میری پروفائل اور نمبر ہٹا دیں
erasure | ڈیٹا ڈیلیٹ کرو
erasure | قرض کی آخری قسط دے دی ہے، اب ایپ میں میرا کوئی ریکارڈ باقی نہ رہے
erasure | نوکری کی ویب سائٹ پر میری پرانی سی وی پڑی ہے اسے ختم کر دیں
erasure | براہ کرم بتائیں کہ میرا اکاؤنٹ مستقل طور پر کیسے ڈیلیٹ ہوگا
rectification | میرا نام ریکارڈ میں غلط ہے، درست کر دیں
rectification | گھر کا پتہ بدل گیا ہے نیا اپڈیٹ کرنا ہے
rectification | میری تاریخ پیدائش غلط لکھی گئی ہے
rectification | شناختی کارڈ نمبر میں غلطی ہے، ٹھیک کروانا ہے
rectification | پرانی ای میل بند ہو چکی ہے، نئی ای میل لگا دیں
rectification | ہسپتال کی فائل میں میرا بلڈ گروپ غلط درج ہے براہ کرم تصحیح کریں
rectification | یونیورسٹی کے ریکارڈ میں والد صاحب کا نام غلط ہے اور ڈگری پر بھی یہی آئے گا، اسے درست کریں
rectification | موبائل نمبر تبدیل ہو گیا ہے معلومات اپڈیٹ کر دیں
complaint | میرا ڈیٹا لیک ہوا ہے اور اب فراڈ کالز آ رہی ہیں
complaint | آپ کے ریکوری ایجنٹ نے میرے دفتر والوں کو میرے قرض کا بتا دیا، یہ شکایت ہے
complaint | بغیر پوچھے میری معلومات کسی اور کمپنی کو دی گئیں، میں شکایت کرنا چاہتا ہوں
complaint | ایک مہینہ ہو گیا درخواست بھیجے، کوئی جواب نہیں دیتا
complaint | لیب نے میری رپورٹ کسی اور کے نمبر پر بھیج دی، بہت غلط بات ہے
complaint | یه کیسی پرائیویسی هے کہ میری ذاتی معلومات سب کو پتا ہیں
complaint | ہیلپ لائن والے نے میری پرائیویسی کی بات پر مذاق اڑایا
complaint | رائیڈ ایپ کے ڈرائیور کے پاس میرا نمبر تھا اور اب وہ مجھے تنگ کر رہا ہے
restriction | جب تک میری شکایت کا فیصلہ نہیں ہوتا میرے ڈیٹا کا استعمال روک دیں
restriction | ڈیلیٹ مت کریں، صرف پروسیسنگ محدود کر دیں
restriction | جب تک میری معلومات کی درستگی کی جانچ ہو رہی ہے اسے استعمال نہ کیا جائے
restriction | براه كرم ميرے ريكارڈ کے استعمال پر عارضی پابندی لگا ديں
restriction | میرا ڈیٹا رکھیں لیکن فی الحال اس پر کوئی کارروائی نہ کریں
objection | میرے ڈیٹا سے ٹارگٹڈ اشتہارات بنانے پر مجھے اعتراض ہے
objection | خودکار نظام کے ذریعے میری درخواست مسترد کرنا مجھے قبول نہیں، اعتراض درج کریں
objection | میرے رویے کی بنیاد پر پروفائل بنانے پر مجھے اعتراض ہے
objection | کریڈٹ اسکور کے لیے میری معلومات کا تجزیہ کرنے پر اعتراض ہے
objection | ڈائریکٹ مارکیٹنگ کے لیے میرا ڈیٹا استعمال کرنے کے خلاف ہوں
human | کسی اصل انسان سے میری بات کروا دیں
human | نمائندے سے رابطہ کرنا ہے
human | کسٹمر کیئر والوں سے بات کرائیں براہ کرم
human | یہ مشین میری بات نہیں سمجھ رہی، کوئی آدمی بات کرے
human | مجھے ایجنٹ سے بات کرنی ہے
status | جناب میری پچھلی درخواست کا کیا بنا
status | شکایت R5TD-8MXA کی موجودہ صورتحال کیا ہے
status | ڈیلیٹ والی درخواست پر عمل ہوا یا نہیں
status | کافی دن ہو گئے، میرا کیس کہاں تک پہنچا
status | ریفرنس نمبر HB2N-6QKC پر کوئی پیش رفت ہوئی؟
status | میری شکایت پر کام ہو رہا ہے یا ابھی تک پڑی ہے
menu | مین مینیو پر لے چلیں
menu | شروع میں واپس جائیں
menu | آپشنز دوبارہ دکھائیں
menu | مرکزی فہرست دکھا دیں
language | آگے انگلش میں بات کریں پلیز
language | زبان بدلنے کا آپشن کہاں ہے
language | مجھے اردو میں جواب چاہیے
language | انگریزی زبان منتخب کریں
greeting | اسلام علیکم بھائی جان
greeting | اسلام و علیکم
greeting | ہیلو سر
greeting | سلام عرض ہے جناب
yes | جی ہاں بالکل ٹھیک
yes | ہاں جی ٹھیک ہے آگے بڑھیں
yes | بالکل جی
yes | جی کر دیں
yes | جی، یہ والا درست ہے
no | نہیں جی، ضرورت نہیں
no | جی نہیں، میں نہیں چاہتا
no | نہیں، بہت شکریہ
no | فی الحال نہیں
no | نهيں بھائی، یہ نہیں چاہیے
cancel | اسے منسوخ کر دیں
cancel | چھوڑیں جی، رہنے دیں اسے
cancel | یہ عمل یہیں روک دیں
cancel | کوئی بات نہیں، بھول جائیں
unknown | نیٹ ورک کے سگنل نہیں آ رہے
unknown | گیس کا بل کب آئے گا
unknown | ڈاکٹر کی اپائنٹمنٹ کیسے ملے گی
unknown | کوئی لطیفہ سنائیں
unknown | پیٹرول کی قیمت کیا ہے آج
""",
    "ur-Latn": """
access | mera data jo ap ke paas hai uski copy chahiye
access | bhai mjhe dekhna h easypaisa ne mera kya kya save kiya hua hai
access | kia aap bata sakte ho hospital walon ke record me meri konsi info hai
access | insurance company ke paas meri jo file hai wo dekhni hai mujhy
access | mra data dikhao
access | pharmacy walon ke paas meri prescriptions ka record hai? wo sab mjhe bhej do
access | meri personal info ki full copy email pe bhej dein pls, check krna hai ke kya kya rakha hua hai
access | zong ke paas mere naam pe kya data para hua h
consent_withdrawal | apni consent wapis leni hai
consent_withdrawal | mera data partners ko dene ki ijazat khatam kro
consent_withdrawal | permission di thi ab nahi deta, revoke krdo
consent_withdrawal | maine signup pe data sharing pe agree kia tha, ab wo consent withdraw krna hai
consent_withdrawal | third party ke saath share krne ki approval wapis le rahi hun
consent_withdrawal | consent withdraw kro yr
consent_withdrawal | school ko bachon ki pics use karne ki ijazat di thi, ab wapas leti hun
consent_withdrawal | mujhe ab manzoor nahi ke meri info kisi aur ke saath share ho, apni razamandi wapas le raha hun
marketing_opt_out | promo msgs band kro plz
marketing_opt_out | yr roz subha subha offers ki calls aati hain bs kr do
marketing_opt_out | newsletter aur marketing emails se unsubscribe kar do
marketing_opt_out | whatsapp pe sale wale msg mat bhejo
marketing_opt_out | mera number ads wali list se nikal do g
marketing_opt_out | gym walay membership offers ke msg bhejte rehte hain, band karwao
marketing_opt_out | bank ki credit card offers wali calls se tang aa gaya hun, mujhe mat kiya karo
marketing_opt_out | notification me promotions nai chahiye
erasure | mra account delete krdo plz
erasure | sara data mita do mera
erasure | rozee pe meri cv aur profile hamesha ke liye hata do
erasure | telemedicine app pe meri consultations ka record bhi delete krna hai
erasure | jo selfie aur cnic ki pic li thi wo khatam kro
erasure | meri saari personal info apne system se nikal do plz
erasure | app chor raha hun, data bhi erase kro
erasure | daraz wala acc permanently delete krwana hai kese hoga
rectification | mera naam ghalat likha hai theek kr do
rectification | address update krna hai, islamabad shift ho gya hun
rectification | DOB ghalat hai profile pe, correct karo
rectification | cnic number me typo hai usay sahi krwana h
rectification | email change ho gai hai nayi wali daal do
rectification | bill pe ghar ka number ghalat aa raha h, record me theek kro
rectification | insurance policy me meri wife ka naam ghalat spell hua he, usko sahi kr dein
rectification | apni details edit karni hain kuch info sahi nahi
complaint | mera data leak hua hai, anjaan log call kr rahe hain
complaint | recovery walon ne mere dost ko call kr ke mere qarz ka bataya, ye kya tareeqa hai
complaint | ap ne bina puche mera number kisi aur company ko de diya, complaint karni hai
complaint | pichle mahine request di thi koi jawab nahi aya abhi tak
complaint | pharmacy ne meri dawai ki list kisi aur ko bata di, shikayat darj karo
complaint | privacy ka pucha to apke banday ne batameezi ki
complaint | rider ne meri location aur number apne doston ko de diya, apki app zimmedar hai
complaint | meri info bech di gayi bina permission ke, ye sarasar ghalat hai
restriction | jab tak dispute hal nahi hota mera data use na karo
restriction | delete nahi krna bs processing limit kr do
restriction | correction check hone tak mera data hold pe rakho
restriction | filhal mere record ka istemal rok do, mitana nahi
restriction | case chal raha h to tab tak meri info pe koi processing na ho
objection | targeted ads ke liye mera data use krne pe objection hai
objection | computer khud loan reject kr deta h, is automated decision pe aitraz hai
objection | meri shopping history se profiling mat karo
objection | credit scoring me meri info daalna mujhe manzoor nahi
objection | mere data ka analysis kr ke marketing karne pe mujhe aitraz hai
human | kisi asli insaan se baat karao yr
human | agent se connect kr do
human | customer care wale se baat krwa do g
human | bot samajh nahi raha, kisi bande se baat karwao
human | koi representative mujhe call kare plz
status | meri request ka kia bana abhi tak
status | complaint no M4JX-7RBV ka status kya hai
status | delete ki request di thi, hui ya nahi
status | abhi tak wait kr rha hun, mera case kahan tak pohncha
status | ref PZ6C-1WNH pe koi update?
status | 10 din ho gaye meri request ko, kab tak hoga
menu | main menu pe wapis jana h
menu | shuru se dobara start kro
menu | options dobara dikhao
menu | menu bhejo
language | english me reply kro pls
language | language change krni hai
language | urdu mein likho plz
language | angrezi select kr do
greeting | assalamualaikum bhai
greeting | slam ji
greeting | hello g kese ho
greeting | aoa bhai jaan
yes | han g
yes | han thk hai kr do
yes | bilkul g
yes | ji kr do
yes | sahi hai
no | nahi yr
no | nai g
no | ni shukriya
no | abi nai
no | nhi nhi
cancel | cancel kr do
cancel | chalo rehne do
cancel | ye wala step rok do
cancel | koi baat nahi, bhool jao
unknown | net kal se nahi chal raha
unknown | bijli ka bill itna zyada kyun aya
unknown | order 1 ghante se late hai
unknown | balance kitna hai mera
unknown | koi job hai apki company me
""",
}

ELEVENTH_HELD_OUT: dict[str, str] = {
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
menu | menu pls
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

TWELFTH_HELD_OUT: dict[str, str] = {
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

THIRTEENTH_HELD_OUT: dict[str, str] = {
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
language | english plz
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

# Every block above, as the intent model learns from them.
TRAINING = (TUNING, FIRST_HELD_OUT, SECOND_HELD_OUT, THIRD_HELD_OUT, FOURTH_HELD_OUT, FIFTH_HELD_OUT,
            SIXTH_HELD_OUT, SEVENTH_HELD_OUT, EIGHTH_HELD_OUT, NINTH_HELD_OUT, TENTH_HELD_OUT,
            ELEVENTH_HELD_OUT, TWELFTH_HELD_OUT, THIRTEENTH_HELD_OUT)
