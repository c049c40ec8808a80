"""Labelled utterances for `flows.understanding`, written as people in Pakistan write them.

Each block is one language; each line is `intent | text`. `TUNING` is what the lexicon was
tuned on. `FIRST_HELD_OUT` was written after tuning and scored 0.923 (en), 0.939 (ur) and
0.902 (ur-Latn); its misses were then fixed, so it became tuning data too. `HELD_OUT` was written
after that and scored 0.937 (en), 0.921 (ur) and 0.934 (ur-Latn) before its misses were fixed
(one of them a mislabelled "salaam"), so it too became tuning data as `SECOND_HELD_OUT`.
`HELD_OUT` was written last and has never been tuned on: it is the honest estimate.
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
language | urdu mein please
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

HELD_OUT: dict[str, str] = {
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
menu | main menu
language | switch language
language | I prefer urdu
greeting | hi!
greeting | hello good afternoon
yes | yes i agree
yes | ok
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
menu | مینیو
menu | واپس جائیں
language | اردو
language | انگریزی میں
greeting | السلام علیکم
greeting | آداب جناب
yes | جی ہاں
yes | ٹھیک ہے
no | نہیں
no | نہیں شکریہ
cancel | منسوخ کریں
cancel | رہنے دیں
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
status | meri complaint ka status
status | 9HXR-4PQT ka status
status | meri request ka kya hua
menu | menu pe wapas
menu | wapas jao
language | urdu mein baat karo
language | angrezi mein
greeting | assalamualaikum
greeting | aoa bhai
yes | ji haan
yes | theek hai
no | nahi
no | nahi shukriya
cancel | cancel karo
cancel | rehne do
unknown | meri sim gum ho gayi hai
unknown | bill kaise jama karun
""",
}
