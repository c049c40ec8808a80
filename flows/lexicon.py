"""The words and phrases `flows.understanding` recognises, as data.

Each intent lists phrases in English, Urdu script and Roman Urdu, one weight per line:
`weight: phrase | phrase | ...`. Phrases are normalised like messages at import, so write them
as people do; spelling families (`VARIANTS`) and misspellings are folded for you. Longer phrases
are matched first and claim their words, so "ijazat wapas" (consent) beats "wapas" (menu).
Weights: 3 for an unmistakable phrase, 2.5 for a word that names the request on its own, 2 for
conversational answers, 1 for words that only lean one way.
"""

from __future__ import annotations

PHRASES: dict[str, str] = {
    "access": """
1.5: میرے بارے میں جو | mere bare mein jo
4: مجھے ای میل کر دیں | mujhe email kar dein | mujhe email kar do | mujhe email kardo
3.5: کیا کیا تفصیلات | میری کیا کیا | کون سی تفصیلات | کیا تفصیلات
3.5: konsi details | kon si details | kaunsi details | details rakhi | rakhi hui | janna chahta | janna chahti | جاننا چاہتا | جاننا چاہتی | جاننا ہے
3: see my data | view my data | show my data | copy of my data | copy of data | download my data | access my data | access to my data | what data | what data do you have | what do you know about me | what information | what info | data you hold | data you have | data about me | information you hold | information about me | send me my data | export my data | data copy | data portability | subject access | data dikhao | data dikha | data dekhna | data dekhni | data dekh | maloomat dikhao | maloomat dekhni | data ki copy | copy chahiye | kya data | konsa data | kaunsa data | kon sa data | kya maloomat | data bhejo | data bhej | kya kya data | kya rakha | record dikhao | give me my data | send my data | data email | ڈیٹا بھیجیں | معلومات بھیجیں | ڈیٹا مجھے بھیج
1: till now | until now | so far | ab tak
3: collected on me | has collected | all the data | what personal info | what personal information | what personal data | جو کچھ بھی درج | full report | what they collected | what you collected | what was collected | collected about me | details of mine | what details | keep about me | پوری تفصیل | تفصیل بھیجیں | جو کچھ لیا | کیا کچھ لیا | puri tafseel | kya kuch liya
3.5: کیا کیا محفوظ | محفوظ کیا ہوا | کیا محفوظ | میرے بارے میں کیا | mere bare mein kya | mere baare mein kya
3: ڈیٹا دکھائیں | ڈیٹا دکھاؤ | ڈیٹا دیکھنا | ڈیٹا دیکھ | معلومات دکھائیں | معلومات دیکھنی | ڈیٹا کی کاپی | کیا معلومات | کون سا ڈیٹا | کونسا ڈیٹا | کیا ڈیٹا | ڈیٹا بھیج | معلومات کی نقل | ریکارڈ دکھائیں | معلومات بھیج | کیا کیا معلومات | ذاتی معلومات | کیا رکھا
2.5: access | download | export | portability | dikhao | dikha | dikhaen | dekhna | dekhni | dekhne | دکھائیں | دکھاؤ | دکھا | دیکھنا | دیکھنی | دیکھنے | رسائی | نقل | ڈاؤن لوڈ | ڈاؤنلوڈ | rasai
1.5: saved | stored | store | collected | محفوظ | jama | copy | کاپی | maloomat | معلومات | records | record | ریکارڈ
2: get my data
1: my personal data | personal information | personal info
1: see | view | show | know | information | info | held | hold | bata | batao | بتائیں
""",
    "consent_withdrawal": """
4.5: اجازت ختم کر | اجازت ختم کر دیں | ijazat khatam kar | ijazat khatam kar do | permission khatam kar | پرمیشن ختم کر | consent khatam kar
4: پرمیشن ختم | permission khatam | ijazat khatam
4: withdraw the access | access i allowed | i allowed | allowed the app | allowed you | permission to my contacts | access to my contacts | gallery access
2.5: approval | marzi | مرضی
3.5: had agreed | i agreed | i had agreed
4: revoke the permission | the permission i gave | permission i gave | consent i gave | approval i gave | i take that back | take that back | take it back | i take back | pull back my approval | pull back | no longer agree | dont agree anymore | can no longer use | پرمیشن دی تھی | پرمیشن واپس | اجازت واپس لینی | واپس لینی ہے | meri marzi nahi | marzi nahi | marzi nai | مرضی نہیں | میری مرضی نہیں
4: ijazat cancel | consent cancel | cancel consent | cancel my consent | اجازت منسوخ | اجازت کینسل
3.5: رسائی کی اجازت | اجازت دی تھی | ijazat di thi | permission di thi | access ki permission | اجازت ختم | ijazat khatam karna
3: no longer allow | dont allow you | do not allow you | not allow you | taking back | taking back my permission | taking back my consent | take back my permission | with other companies | other companies | dusri companies | doosri companies | دوسری کمپنیوں | دوسری کمپنی | کسی اور کمپنی
3: withdraw consent | withdraw my consent | remove my consent | stop sharing | sharing my | dont give my data | تیسرے فریق | third party ko | kisi aur ko na | kisi ko na | use na | istemal na | کسی اور کو نہ | کسی کو نہ | استعمال نہ | revoke consent | take back consent | take back my consent | remove consent | cancel consent | consent withdraw | withdraw permission | revoke permission | take back permission | dont use my data | do not use my data | stop using my data | stop sharing my data | dont share my data | do not share my data | no longer consent | data sharing | third party | third parties | ijazat wapas | razamandi wapas | consent wapas | permission wapas | ijazat khatam | consent khatam | use na karo | istemal na karo | use mat karo | istemal mat karo | share na karo | share mat karo | use na karen | istemal na karen | share na karen | data share
3: اجازت واپس | رضامندی واپس | منظوری واپس | اجازت ختم | رضامندی ختم | استعمال نہ کریں | استعمال مت کریں | شیئر نہ کریں | شیئر مت کریں | استعمال نہ کرو | ڈیٹا شیئر | مزید استعمال
3: consent
2.5: revoke | withdraw | رضامندی | razamandi | ijazat | اجازت | permission | permissions | manzoori | منظوری
1: partners | sharing | share | شیئر | istemal | استعمال | use | using
""",
    "marketing_opt_out": """
4: keeps calling | sales calls stopped | calls stopped | ان سبسکرائب | ان سبسکرائب کریں
2.5: نوٹیفکیشنز | نوٹیفکیشن
3.5: special offer | special offers | no more offers | offer messages | offer msgs | whatsapps | نوٹیفکیشنز روک | نوٹیفکیشن روک | notifications rok | ڈیلز والی | deals wali | ڈیلز | deals
3: stop marketing | no marketing | marketing messages | marketing sms | marketing calls | marketing emails | promotional messages | promotional sms | promotional calls | stop sending | stop messages | stop messaging | stop sms | stop texting | stop texts | stop calling | stop calls | stop emails | stop email | no more messages | no more sms | no more calls | no more emails | dont call | do not call | dont message | dont send | dont text | do not send | do not message | opt out | unsubscribe me | cancel subscription | remove from list | mailing list
3: sms band | messages band | message band | calls band | call band | email band | emails band | ads band | marketing band | call mat | calls mat | call na | calls na | call nahi | calls nahi | sms mat | sms na | sms nahi | message mat | messages mat | messages na | message na | messages nahi | tang na | tang mat | faltu messages | faltu sms | faltu calls | bekar messages | offers band | promotion band
3: ایس ایم ایس بند | میسج بند | میسجز بند | پیغامات بند | کال بند | کالز بند | کالیں بند | ای میل بند | اشتہار بند | اشتہارات بند | تنگ نہ | تنگ مت | فالتو میسج | فالتو کال | کال نہ | کالز نہ | میسج نہ | میسجز نہ | پیغام نہ | کالیں نہ | میسج مت | کال مت | ایس ایم ایس نہ | آفرز بند
4: list se nikalo | is list se | list se hata | list se nikal | offer ki calls | offer calls | لسٹ سے نکال
3.5: مت بھیجا | مت بھیجیں | نہ بھیجا کریں | نہ بھیجیں | mat bheja | mat bhejo | na bhejo | na bheja karo | na bhejein | bhejna band | بھیجنا بند | calling list | call list | from your offers | offers and discounts | from the list | from your list | offers list | promotional list | marketing list | sale notifications | promo notifications | offer notifications | turn off notifications | turn off these
2.5: discount | discounts | ڈسکاؤنٹ | سیل | خبریں | notifications | notification | marketing | unsubscribe | advertisement | advertisements | ads | advert | adverts | advertising | promotions | promotion | promotional | promo | promos | spam | newsletter | newsletters | offers | ishtihar | ishtiharat | ishtihari | اشتہار | اشتہارات | اشتہاری | پروموشن | پروموشنل | آفرز | سپیم | اسپیم | مارکیٹنگ | تشہیر | تشہیری | tashheer
2: band | بند | opt
1.5: stop
1: sms | calls | messages | emails | texts | email | whatsapp | subscription | subscribe | ایس ایم ایس | میسج | میسجز | کالز | کالیں | پیغامات | ای میل
""",
    "erasure": """
4: ضائع کریں | ضائع کر دیں | ضائع کرو | zaya kar | zaya kardo
2.5: urani | urana | uda
4: erase everything | delete everything | مستقل طور پر حذف | حذف کر دیا جائے | حذف کر دیں | سب صاف کر دیں | صاف کر دیں | delete karwani | delete karwana | delete krwana | urani hai | urana hai | uda do | profile urani | history urani
4.5: کوئی معلومات نہیں رہنی | معلومات نہیں رہنی چاہیے | نہیں رہنی چاہیے | بدتمیزی سے فون | اپنے ریکارڈ سے مٹا | ریکارڈ سے مٹا
4.5: مجھے بھول جائیں | مجھے بھول جاؤ | mujhe bhool jao | mujhe bhool jayen | mujhe bhool jaen | forget about me
4.5: ریکارڈ باقی نہ رہے | کوئی ریکارڈ باقی نہ | record baqi na rahe | data baqi na rahe | ڈیٹا باقی نہ رہے
3.5: erase my | erase my info | remove the | delete the | remove all my | delete all my | completely | from ur records | from your records | ختم کر دیں | ختم کر دو | ختم کردیں | اسے ختم | khatam kar do | khatam kar dein | khatam kardo | باقی نہ رہے | کوئی ریکارڈ باقی | ریکارڈ باقی نہ | baqi na rahe | record baqi na
2.5: scrap
3.5: scrap my profile | scrap my account | scrap my data | remove my profile | delete my profile | profile delete | mitaye | mitayen | mitain | server se hata | server se mita | server se nikal | سرور سے
3.5: سسٹم سے ختم | سسٹم سے ہٹا | سسٹم سے مٹا | سسٹم سے نکال | system se khatam | system se hata | system se remove | system se nikal | تفصیلات ختم | details khatam
3: delete my data | delete my account | delete account | delete data | remove my data | remove my account | remove me | remove my number | remove my info | remove my information | erase my data | forget me | forget about me | right to be forgotten | close my account | close account | deactivate account | terminate account | wipe my data | get rid of my data | account band | account khatam | account close | account delete | data delete | data mita | data khatam | data hata | number hata | naam nikal | record delete | mujhe bhool | data saaf
3: ڈیٹا حذف | ڈیٹا مٹا | اکاؤنٹ بند | اکاؤنٹ ختم | اکاؤنٹ ڈیلیٹ | ڈیٹا ڈیلیٹ | ریکارڈ حذف | معلومات حذف | معلومات مٹا | مجھے بھول | ڈیٹا ختم | ڈیٹا ہٹا | اکاؤنٹ حذف | نام نکال | ریکارڈ ختم | ڈیٹا صاف
2.5: delete | deleted | deleting | deletion | erase | erased | erasure | wipe | remove | removed | destroy | deactivate | forgotten | forget | حذف | ڈیلیٹ | مٹا | مٹائیں | مٹاؤ | mita | mitao | hatao | hata | ہٹا | ہٹائیں | ہٹاؤ | nikal | nikalo | نکال
3: مٹا دی | مٹا دی جائیں | ہمیشہ کے لیے | hamesha ke liye | for good | permanently | ختم کر دی جائیں
2.5: khatam kar | ختم کر | khatam karo | ختم کریں
2: saaf | صاف
0.8: khatam | ختم
""",
    "rectification": """
3.5: pls correct | please correct | correct it | correct this | correct that
2.5: incorrectly
3.5: entered incorrectly | want it fixed | entered wrong | typed wrong
3.5: نئی ای میل | نیا ای میل | نئی ای میل لگا | naya email | nayi email | new email | typo | sahi krwana | sahi karwana | sahi karana | edit karni | sahi nahi | theek nahi
3.5: پرانا ہے | نیا لکھ | نیا لکھ لیں | naya likh | naya likh lein | purana hai
3.5: naya dal | naya daal | purana phone | purana number | پرانا نمبر | نیا ڈال
3: correct my | update my | change my | fix my | edit my | wrong name | wrong address | wrong number | wrong email | wrong information | wrong info | wrong data | wrong details | incorrect information | is wrong | are wrong | not correct | spelling mistake | spelled wrong | spelt wrong | misspelled | outdated | new address | address changed | number changed | name changed | ghalat hai | sahi karo | sahi kar | durust karo | durust kar | theek karo | theek kar | tabdeel karo | tabdeel kar | badal do | badalna | badalni | update karo | update kar | change karo | change kar | correct karo | correct kar | ghalat likha | naya address | naya number | old address | purana address | پرانا پتہ | has changed | have changed | zaban badalni
3: غلط ہے | درست کریں | درست کر | تصحیح | ٹھیک کریں | ٹھیک کر | تبدیل کریں | تبدیل کر | بدل دیں | بدلنا | اپڈیٹ کریں | اپڈیٹ کر | اپ ڈیٹ | theek karna | sahi karna | durust karna | theek karni | sahi karni | durust karni | غلط نام | غلط پتہ | غلط نمبر | غلط لکھا | نیا پتہ | نیا نمبر | صحیح کریں | صحیح کر | غلط درج
3: تاریخ پیدائش | date of birth | tareekh e paidaish | dob galat | dob wrong
3: naya dalwana | dalwana hai | naya dalna | purana para | نیا ڈلوانا | نیا ڈالنا | پرانا پڑا
3: درست کرنی | درست کرنا | درست کروانی | درست کروانا | ٹھیک کرنی | ٹھیک کرنا | ٹھیک کروانی | ٹھیک کروانا | صحیح کرنی | صحیح کرنا | تبدیل کرنی | تبدیل کرنا | تبدیل کروانی | تبدیل کروانا | اپڈیٹ کرنی | اپڈیٹ کرنا
2.5: correct | correction | changed | rectify | rectification | update | fix | change | edit | wrong | incorrect | mistake | ghalat | durust | durusti | tasheeh | tabdeel | badal | badlo | غلط | درست | درستگی | تصحیح | تبدیل | بدل | ترمیم | اپڈیٹ | tarmeem
""",
    "complaint": """
4: کسی اور سم | استعمال کر لی | کسی اور کے لیے استعمال | بیچ دیا | بیچ دی | بیچ دیا گیا | فروخت کر دیا | safe nahi | info safe nahi | محفوظ نہیں | kisi aur ko bhej | bohat ghalat | bohot ghalat | misuse hua | ka misuse
5: بدتمیزی سے فون | فون بند کر دیا
2.5: disappointing | fraudster | fraudsters
4: nobody has replied | nobody replied | no one replied | disappointing service | fraudster | being used by | how did it leave | غلط بات | بہت غلط | کسی اور کے نمبر | کسی اور کو بھیج | کیسی پرائیویسی | یہ کیسی | سب کو پتا | سب کو معلوم | kaisi privacy | sab ko pata | تنگ کر رہا | تنگ کر | tang kar raha | pareshan kar raha | bech di | bech diya | bech di gayi | sarasar ghalat | bina permission
3.5: sold my details | sold my info | sold my number | sold my information | spammers | reporting this | report you | لاپرواہی | غفلت | laparwahi | ghaflat | negligence | careless | koi reply nahi | reply nahi aya | reply nahi mila
4: who allowed | who gave you | i never agreed | never agreed | never gave permission | i never allowed | ijazat nahi di | kabhi ijazat nahi | kaise mil gayi | kaise mil gayin | اجازت نہیں دی | پوچھے بغیر | مجھ سے پوچھے بغیر | bina puche | poochay baghair | puche baghair | mazaq uraya | mazaq udaya | مذاق اڑایا | bura laga | برا لگا
3.5: zero reply | zero response | got zero | poor service | very poor
3: file a complaint | make a complaint | lodge a complaint | register a complaint | not happy | not satisfied | unhappy with | data leaked | data leak | data breach | misused my data | misuse of my data | sold my data | selling my data | without my permission | without permission | without consent | without my consent | report a problem | bad service | shikayat darj | khush nahi | ghalat istemal | bina ijazat | baghair ijazat | bina poche | data leak | data chori | data bech | data bika | mutmain nahi | koi sunta nahi
3: شکایت درج | غلط استعمال | بغیر اجازت | بنا اجازت | خوش نہیں | ڈیٹا لیک | ڈیٹا چوری | ڈیٹا بیچ | مطمئن نہیں | بغیر پوچھے | ڈیٹا فروخت
2.5: rude | rudely | complaint | complain | complaints | grievance | shikayat | شکایت | شکایات | misuse | misused | leaked | leak | breach | hacked | fraud | scam | harass | harassment | harassing | unauthorized | unauthorised | stolen | naraz | ناراض | فراڈ | دھوکہ | dhoka | ہیک | لیک | ہراساں | dissatisfied | disappointed | pathetic | worst | unacceptable | chori | چوری | hack
1: report | angry | problem | issue | masla | مسئلہ | pareshan | پریشان | regulator | pta | ptaa
4: badtameezi se baat | badtameezi se | بدتمیزی سے بات | بدتمیزی سے | rude to me | was rude to
3.5: strangers | strangers calling | انجان لوگ | anjaan log | ajnabi log | کیوں دی گئیں | کیوں دی گئی | کیوں دے دی | why did you give | why did you share | kyun di | kyun de di | recovery agent | recovery agents | recovery wale | ریکوری ایجنٹ | ریکوری والے | relatives contacts | contact list | phonebook | contacts list | rishtedaron | رشتہ داروں | koi jawab nahi | jawab hi nahi | jawab nahi aya | jawab nahi mila | کوئی جواب نہیں | جواب نہیں آیا | جواب نہیں ملا | یہ کیا طریقہ | ye kya tareeqa | no response | no reply | never replied | didnt reply | no answer | bura service | buri service | bekar service | ghatiya service | بری سروس | بیکار سروس
3: was rude | very rude | so rude | rude staff | rude behaviour | rude behavior | misbehaved | not acceptable | badtameezi | badtameez | bad tameezi | بدتمیزی | بد تمیزی | بدتمیز | بدسلوکی | اجازت کے بغیر | اجازت کے بنا | ijazat ke baghair | ijazat ke bina | permission ke baghair | permission ke bina | دوسروں کو دے دی | دوسروں کو دے دیں | دوسروں کو دے دیا | doosron ko de di | dusron ko de diya
3: without asking | without asking me | without telling me | without informing me | shared my data | shared my number | shared my information | shared my details | gave my data | gave my number | gave my information | bina bataye | baghair bataye | bina puche | data share kar diya | number de diya | بغیر بتائے | بنا بتائے | بنا پوچھے | ڈیٹا شیئر کر دیا | نمبر دے دیا
""",
    "restriction": """
4: مٹانا نہیں | کچھ عرصہ | استعمال نہ ہو | data rakh lo | rakh lo lekin | koi kaam na ho
3.5: while u check | dont process | do not process | dont process my
3.5: until my correction | correction is sorted | is sorted | gets sorted | until sorted | while my correction | correction check | correction is checked | چیک ہو رہی | چیک ہو رہا | check ho rahi | check ho raha | جانچ ہو رہی | زیر جانچ | keep my records | keep my data stored | stored for now | just keep | no using them | for anything else
3: restrict processing | limit processing | restrict my data | limit my data | limit the use | restrict the use | restrict use | limit use | pause processing | stop processing | freeze my data | freeze my account | hold my data | processing rok | processing band | processing roko | istemal mehdood | mehdood karo | mehdood kar | data limit | use limit | processing pause | data rok | data ko rok | data roko
3: محدود کریں | استعمال محدود | پراسیسنگ روک | پروسیسنگ روک | عارضی طور پر روک | معطل کریں | پراسیسنگ بند | ڈیٹا روک
2.5: restrict | restriction | restricted | limit | limited | limiting | pause | suspend | freeze | mehdood | محدود | معطل | processing | پراسیسنگ | پروسیسنگ | muattal | pabandi | پابندی
3.5: put a hold | a hold on | hold on using | while you check | while checking | hone tak | ہونے تک | مکمل ہونے تک | جانچ مکمل | استعمال روک | use rok | use rok do | کوئی کارروائی نہ | کارروائی نہ | karwai na | karwai mat | on hold | put it on hold | put on hold | hold pe | hold par | hold per | hold pe rakho | hold par rakho | process mat | process na | process mat karo | process na karo | abhi ke liye | abhi ke lie | کچھ عرصے کے لیے | ہولڈ پر
2.5: nahi hota | نہیں ہوتا | solve nahi | case solve | hal nahi hota | dispute | disputed | تنازعہ | تنازع | jab tak | جب تک | until | till | hal hone tak | حل ہونے تک | faisla hone tak | فیصلہ ہونے تک | for now | filhal | فی الحال
1: temporarily | temporary | arzi | عارضی | roko | rok | روک | روکیں | روکو
""",
    "objection": """
4: کے خلاف ہوں | خلاف ہوں | ڈائریکٹ مارکیٹنگ | i am against | im against | ke khilaf
3.5: خودکار طریقے | منظور نہیں | قرض کا فیصلہ | فیصلہ کرے | manzoor nahi | qarz ka faisla | loan ka faisla
4: profile me | stop profiling | stop tracking | tracking my | for advertising | for marketing purposes | for ads | for targeted ads | for personalised ads | for personalized ads | ads ke liye | ishtihar ke liye | اشتہار کے لیے | اشتہارات کے لیے
3: object to | i object | no profiling | personalised ads | personalized ads | targeted ads | ads targeting | ad targeting | for analysis | for analytics | automated decision | automated decisions | profiling band | profiling mat | tajzia na | direct marketing | data analysis | credit scoring | behaviour tracking | tracking my
3.5: کریڈٹ اسکورنگ | کریڈٹ سکورنگ | اسکورنگ | کمپیوٹر خود | machine khud | khud kare | faisla machine | qabool nahi | قبول نہیں
3: credit score | credit scoring | automated faisla | automatic faisla | khudkar faisla | خودکار فیصلہ | خودکار فیصلے | کریڈٹ اسکور | کریڈٹ سکور
3: اعتراض ہے | پروفائلنگ بند | تجزیہ نہ | تجزیے کے لیے | پروفائل نہ
4: for analysis | for analytics | تجزیے کے لیے | analysis ke liye | analysis ke liye
2.5: automated | automatic | khudkar | خودکار
4: analysed | analyzed | analyse | analyze | profiling | analysis | analytics | targeting | targeted | personalised | personalized | object | objection | objecting | aitraz | itraz | اعتراض | پروفائلنگ | تجزیہ | تجزیے | tajzia | scoring
""",
    "human": """
3.5: کوئی آدمی | آدمی بات | آدمی سے | koi aadmi | aadmi se | سمجھ نہیں رہی | samajh nahi raha | samajh nahi rahi
3: talk to a person | talk to someone | speak to someone | speak to a person | talk to a human | speak to a human | real person | real human | customer care | customer service | customer support | call me | call me back | call back | not a bot | no bot | talk to agent | speak to agent | live agent | live chat | actual person | kisi insaan | insaan se | kisi se baat | bande se | baat karwa | baat karni | baat karna | asli insaan | call karo | call kar | call karen | phone karo | phone kar | bot nahi | robot nahi
3: مجھ سے بات | کسی سے بات | بندے سے | انسان سے | نمائندے سے | بات کروائیں | بات کروا | بات کرنی | بات کرنا | کسٹمر کیئر | کسٹمر سروس | کال کریں | کال کرو | کال کر | فون کریں | فون کر | اصلی انسان | کسی افسر | بوٹ نہیں | فون کرے | کال کرے | call kare | phone kare | call karna | call kijiye
2.5: human | agent | person | representative | operator | staff | officer | insaan | banda | bande | numainda | نمائندہ | نمائندے | انسان | بندے | بندہ | ایجنٹ | آفیسر | افسر | manager | someone | somebody | helpline | afsar
1.5: connect | talk | speak | baat | بات | support | contact | رابطہ | rabta
""",
    "status": """
4: been done yet | done yet | has my correction | has my request | check kr k batao | check kar ke batao | check karke batao | check kr ke batao
4: looked into | anyone looked | has anyone | kuch update hai | koi update hai | pe kuch update
4: hui ya nahi
3.5: moved forward | in queue | still in queue | has it moved | کس مرحلے | مرحلے میں | kis marhale | kis stage | which stage | what stage
3.5: پیشرفت | koi progress | progress hui | any progress | مکمل ہوئی | ابھی باقی | یا ابھی | mukammal hui | complete hui
3: my requests | my request | my tickets | my ticket | request status | status of my request | track my request | where is my request | what happened to my request | any update | any updates | update on my | kahan tak | kya bana | kya hua | kab tak | kab hoga | kidhar hai | request ka | darkhwast ka | meri darkhwast | meri request | meri requests | mere tickets | request kahan | darkhwast kahan | koi update | kitna time | kitne din | complaint ka status | complaint status | status of my complaint | shikayat ka status
3: میری درخواست | درخواست کی | کہاں تک | کیا بنا | کیا ہوا | کب تک | کب ہوگا | میری درخواستیں | ٹکٹ کی | کوئی اپڈیٹ | کتنے دن | کتنا وقت
3: status
3.5: ref no | ref number | reference no | reference number | has anything happened | anything happened | happened yet | i submitted | still waiting | where is my case | my case | case status | pending | abhi tak pending | زیر غور | zer e ghor | zair e ghor | حل ہو گئی | hal ho gayi | hal hui | kuch hua | ka kuch hua | kuch bana | hua ya nahi | bana ya nahi | کچھ ہوا | ہوا یا نہیں | کچھ بنا
3: what happened to | happened to the | complaint i made | request i made | complaint i filed | request i sent | i made last | کوئی کارروائی | کارروائی ہوئی | کاروائی ہوئی | پیش رفت | koi karwai | karwai hui | kaarwai hui | ریکویسٹ پر | ریکوئسٹ پر | request par | request pe
3: کی صورتحال | کی صورت حال | کا اسٹیٹس | کا سٹیٹس | ka status | ki surat e haal | ki soorat e haal | شکایت کا کیا | درخواست کا کیا | shikayat ka kya | complaint ka kya | request ka kya
2: abhi tak | ابھی تک
1.5: pohncha | پہنچی | پہنچا
2.5: track | tracking | progress | صورتحال | صورت حال | اسٹیٹس | سٹیٹس | ticket | tickets | ٹکٹ | surat e haal | halat
1: request | requests | darkhwast | درخواست | درخواستیں | reference | ریکویسٹ | ریکوئسٹ | کارروائی | کاروائی | karwai
""",
    "menu": """
2.5: فہرست
3.5: مرکزی فہرست | فہرست دکھا
3: shuru wali | pehli screen | wapis jana | wapas jana | واپس جانا | پہلی سکرین
2.5: choices | آپشن
3.5: the choices | choices again | list them | list the options | کون کون سے آپشن | کون سے آپشن | آپشن ہیں | kon se options | konse options | what options
3: main menu | go back | back to menu | start over | show menu | show options | menu dikhao | wapas jao | peeche jao | main page | مین مینیو | مرکزی مینیو | واپس جائیں | پیچھے جائیں | مینیو دکھائیں | مینو دکھائیں | مینیو دکھا | مینو دکھا | wapas menu | menu dikha
3: آپشنز دکھاؤ | آپشنز دکھائیں | آپشن دکھاؤ | آپشنز | شروع سے | دوبارہ شروع | shuru se | options dikhao | options dikha | show me the options | options again
2.5: menu | back | home | options | restart | مینیو | مینو | واپس | پیچھے | wapas | peeche | commands
1.5: help | madad | مدد | options
""",
    "language": """
4: english wala | urdu wala | english wala option | urdu wala option
4: انگریزی میں بات | اردو میں بات | urdu mein baat | english mein baat | angrezi mein baat | in english please | in urdu please
3: change language | switch language | language change | zaban badlo | zaban tabdeel | in english | in urdu | urdu mein | urdu me | urdu main | english mein | english me | english main | angrezi mein | angrezi me | speak urdu | speak english | talk in urdu | reply in urdu | urdu please | english please
3: زبان تبدیل | اردو میں | انگریزی میں | زبان بدل | زبان بدلنی | زبان بدلیں | zaban badal | language badal | language change | انگلش میں | change the language | zaban change
4: roman urdu | roman urdu mein | roman urdu me | roman mein | roman me | رومن اردو
2.5: language | lang | languages | zaban | زبان | english | angrezi | urdu | اردو | انگریزی | انگلش | roman
""",
    "greeting": """
3: hope ur well | hope you are well | hope youre well | morning sir | evening sir | evening | morning
3: شام بخیر | شب بخیر | sham bakhair | shaam bakhair | good night
3: good morning | good evening | good afternoon | how are you | kaise ho | kaise hain | kya haal | kia haal | assalam o alaikum | salam alaikum | subha bakhair | صبح بخیر | کیسے ہیں | کیا حال | السلام علیکم
2: hi | hello | hey | helo | hiya | salam | assalam | assalamualaikum | aoa | walaikum | alaikum | adaab | greetings | start | سلام | السلام | علیکم | آداب | ہیلو | ہائے
""",
    "yes": """
3: correct | yea correct | yes correct
3: yes correct | correct proceed | bilkul durust | بالکل درست | بالکل صحیح | bilkul sahi | ji durust | ji sahi | جی درست
3: go ahead | do it | of course | ji haan | haan ji | theek hai | sahi hai | thats right | thats correct | is correct | yes please | ok please | کر دیں | جی ہاں | ہاں جی | ٹھیک ہے | درست ہے | صحیح ہے | ضرور کریں
2: yes | yeah | yea | yep | yup | ok | okay | sure | confirm | confirmed | proceed | absolutely | definitely | agreed | alright | haan | ji | bilkul | acha | zaroor | chalo | ہاں | جی | بالکل | اچھا | ضرور | done | right
1.5: y | k | g | ha | kk
""",
    "no": """
4.5: nah leave it | no leave it | بعد میں دیکھوں گا | baad mein dekhunga | baad me dekhta hun | baad mein dekhta hoon
3.5: thats wrong | that is wrong
4: not at the moment | not right now | فی الحال نہیں | abhi nahi | ابھی نہیں | filhal nahi
4: no thanks | no thanks leave it
3.5: wrong one | not that one | galat wala | غلط والا | یہ والا نہیں
3: not really | nahi bhai | not now | no thanks | no thank you | nahi chahiye | nahi shukriya | nahi karna | نہیں چاہیے | نہیں شکریہ | نہیں کرنا | nahi bhai | no need | zaroorat nahi | ضرورت نہیں
2: no | nope | nah | nahi | na | never | negative | نہیں | نہ | نا | mat | مت
1.5: n
""",
    # What the desk does not do, asked often enough to know: these lean to "unknown", so that a
    # word they share with a request ("jama", saved) does not start that request. A real
    # request scores as much and wins the tie.
    "unknown": """
3.5: how much is | bus ticket | ticket price | kitne ka | kitne ki | آرڈر | mazahiya
5: آرڈر نہیں آیا | آرڈر ابھی تک نہیں آیا | مزاحیہ | مزاحیہ بات | لطیفہ سناؤ
3: what time is it | what time | time is it | kya time hai | کیا ٹائم ہے
0.5: paid back | pay back | paid back in full | wapas kar diya | واپس کر دیا
4: نوکری | نوکری مل | جگہ خالی | آسامی | kitne baje | band hoti | kab khulti | timings | naukri
3.5: qist | qisst | installment | installments | قسط | اقساط
3: joke | jokes | funny | cheer me up | latifa | لطیفہ | mazaq | مذاق
3: signal nahi | signals nahi | signal nahi aa | network nahi | net nahi | net slow | internet slow | internet is slow | internet very slow | سگنل نہیں | نیٹ ورک نہیں | نیٹ نہیں | net package | package kaise | package lagana | package lagate | پیکج کیسے
4: parcel | parcel nahi | order nahi aya | delivery late | late delivery | پارسل
3: network issue | network problem | no network | network down | network nahi aa | internet package | انٹرنیٹ پیکج | نہیں چل رہا | nahi chal raha | chal nahi raha
2.5: signal | signals | سگنل | internet | انٹرنیٹ | پیکج
3: pay my bill | pay the bill | pay bill | bill pay | bill payment | bill jama | jama karun | jama karna | jama karwana | jama karaun | jama kese | jama kaise | recharge | easyload | easy load | balance check | check balance | check my balance | internet package | package lagana | package activate | بل جمع | بل ادا | جمع کراؤں | جمع کروانا | ری چارج | ایزی لوڈ | بیلنس چیک | پیکج لگانا
""",
    "cancel": """
3.5: nvm | ill do it later | do it later
4.5: stop this process | dont want to go ahead | do not want to go ahead | drop it | changed my mind | change my mind | جانے دیں | یہ والا مرحلہ | مرحلہ ختم
4: بھول جائیں | بھول جاؤ | کوئی بات نہیں | koi baat nahi | bhool jao | bhool jayen | bhool jaen | یہ عمل | عمل روک | یہیں روک | یہیں ختم
4: step khatam | ye step | step beech | beech me | beech mein | is step
3.5: this step | stop this step | dont want to continue | do not want to continue | not continue | aage nahi | aage nahi barhna | آگے نہیں
3.5: cancel my request | cancel request | cancel it | cancel this | cancel that | withdraw my request | withdraw request | never mind | nevermind | forget it | leave it | ruk jao | rehne do | rehne den | chor do | chor dein | chor den | cancel karo | cancel kar | request wapas | darkhwast wapas | darkhwast cancel | request cancel | kuch nahi
3.5: منسوخ کریں | رہنے دیں | رہنے دو | رک جائیں | رک جاؤ | چھوڑ دیں | چھوڑیں | درخواست واپس | درخواست منسوخ | کچھ نہیں
3.5: jo start kiya | start kiya tha | chhoro isay | isay chhoro | ise chhoro | choro ise | jo shuru kiya | جو شروع کیا
2.5: chhoro | chhodo | cancel | cancelled | abort | quit | exit | منسوخ | کینسل | mansookh | ruk | rehne | رہنے | choro
2: chor
""",
}

# Spelling families: the first word is the family's spelling; the rest are folded into it.
VARIANTS: dict[str, str] = {
    "nahi": "nai nhi nahin nahee nae nahen nhin ni nhe nahii nahein nahin",
    "chahiye": "chahye chaiye chahie chahiay chaheye chaye chahea chahiya chayie chaheay "
    "chahiyay chahiey chahiya chahyie chahyey chahye",
    "mujhe": "mjhe mujhay muje mje mujhy mujy mjhy mujhey mujhai mujhse",
    "karo": "kro krooo karo kru",
    "karna": "krna krni karni krne karne",
    "kar": "kr",
    "karen": "krein karein kren karain krain kariye kijiye kijye kijie karin kren krain karyn",
    "delete": "dilit dlt delet dlete delte dleet deleat diliet dilete deelete delit",
    "please": "plz pls plss plzz pleas pleez plez plx plis pleaze plese plzzz plis",
    "mera": "mra",
    "meri": "mri",
    "mere": "mre",
    "hai": "hy he hae hay h",
    "theek": "thik tik theak thek teek thk",
    "bilkul": "bilkol bilkl",
    "shikayat": "shikayet shikait shkayat shikyat shkyt shakayat shikaet shikayt shikaiyat",
    "darkhwast": "darkhast darkhuast darkhawast darkwast darkhwaast darqwast drkhwast",
    "ijazat": "ijazt ijaazat ijajat ejazat ijazit",
    "wapas": "vapas wapis wps wapus vapis",
    "ghalat": "galat glt ghlt galt",
    "durust": "drust darust",
    "maloomat": "malumat maloomaat maalumat malomat malumaat",
    "dikhao": "dikhaen dikhayen dikhaein dikhaye dikhaiye dikhay dikhain dekhao dikhau dikhaao "
    "dkhao dikhaa",
    "dekhna": "dekhni dekhne dekhana daikhna dekna dekhni",
    "insaan": "insan insaano insano",
    "khatam": "khtm khtam katam khatm khatum",
    "band": "bnd bund bandh",
    "hatao": "htao hatayen hataen hatain hatado",
    "mita": "mitta mitao mitaen mitayen mitain mitaein",
    "salam": "salaam slam slm salm",
    "assalamualaikum": "asalamualaikum assalamoalaikum asalamoalikum aslamualaikum "
    "assalamualikum aslamoalaikum asslamualaikum assalamualykum asalamualekum asalamu",
    "alaikum": "alikum alykum alaykum aleikum alaikom alekum",
    "haan": "han haa hn hanji haanji",
    "acha": "achha accha achaa achchha",
    "zaban": "zuban zabaan zubaan zban",
    "angrezi": "angreezi angraizi angrazi angrezy",
    "shukriya": "shukria shukriyah shukrya sukriya",
    "rehne": "rehnay rahne rehny rehnai rehny",
    "choro": "chhoro chodo chhodo",
    "chor": "chhor chod chhod",
    "status": "staus statis sttus satus",
    "request": "rqst req requst reqest reqeust requests",
    "account": "acount acct accnt akount accunt",
    "marketing": "marketting markting marketin markiting",
    "messages": "msgs messeges msges mesages massages",
    "message": "msg msj mesage massage",
    "number": "nmbr numbr",
    "whatsapp": "whatsap watsapp watsap whatsup",
    "complaint": "complant cmplaint complane",
    "unsubscribe": "unsub unsubscrib unsubcribe unsubscibe",
    "kya": "kia kiya ky",
    "kahan": "kahaan kaha kahn",
    "pohncha": "pohnchi pahuncha pohancha pohcha pouncha pahunchi pounchi pohanchi puhncha",
    "mein": "mai men",
    "baraye": "barae braye",
    "meharbani": "mehrbani meherbani mehrbni meharbni",
    "yaar": "yar yr",
    "information": "infomation informaton",
    "consent": "consant concent",
    "agent": "agant",
    "profiling": "profilling",
    "bande": "banday bndy bandy bnde",
    "banda": "bnda",
    "baat": "bat bt",
    "bhool": "bhul",
    "jao": "jaen jayen jain jaein",
    "kisi": "kisee ksi",
    "istemal": "istimal istemaal istamal istimaal isteamal",
    "razamandi": "raza mandi razamndi",
    "aitraz": "etraz eitraz aeteraz aitaraz",
    "mehdood": "mahdood mehdud mehdod",
    "numainda": "numaainda numainde numaindah",
    "tabdeel": "tabdil tabdel",
    "asli": "asal",
    "copy": "kopi",
    "ishtihar": "ishtihaar ishtehar ishtehaar ishtiharaat ishteharat",
    "ishtiharat": "ishtiharaat ishteharat",
    "dhoka": "dhokha",
    "hello": "helloo hellow helow",
    "okay": "okey okk okkk",
    "yes": "yess yas yeas",
    "sms": "smss",
}

# Words no intent rests on, listed so that fuzzy matching never bends them into one that does.
KNOWN_WORDS = """
about after again all also am an and any anyone are as at be because been but by can cant could
date day did do does done dont for from get give go going good got had has have he help her here
him his how i if im in into is it its just last like me mine month more most much my name need
new not now of off on one only or our out phone really said same send she should so some still
such than thank thanks that the their them then there these they thing think this time to today
too up us use used very want was way we week well were what when where which who why will with
without would year you your yours please connect connection package dukaan khule open shop really data account number mobile sim card bill balance
package internet order shop product course job payment money refund price app website login
password address details personal detail company customer service weather cricket match
nice great good bad fine cool love lol haha hmm okay yes no maybe
note noted take taking took taken made make making asked ask asking week since morning stuff
bank loan file case parcel hospital school university relatives contacts doctor clinic insurance
courier order delivery submitted janna jaanna jana jaana
mera meri mere mujhe mjh hum humein hamara hamari aap apna apni apne tum kya kyun kaise kab kaun
kahan hai hain ho hoga hogi gaya gayi tha thi raha rahi diya liya dena lena karna karo kar karen
kardo dein de do se ko ka ki ke mein par pe tak liye wala wali wale sab koi kuch kisi abhi phir
lekin magar aur agar toh ya na hi bhi yeh ye wo woh is us iss uss jo jab tab bas ab please
bhai yaar shukriya baraye meharbani janab sahab sir madam ji bohat bahut zyada kam acha theek
naam pata mobile paise paisa kaam din waqt
میرا میری میرے مجھے ہم آپ اپنا اپنی کیا کیوں کیسے کب کون ہے ہیں ہو گا گی گیا تھا تھی رہا
کرنا کریں کرو کر دیں دو سے کو کا کی کے میں پر تک لیے والا سب کوئی کچھ کسی ابھی پھر لیکن
اور اگر تو یا بھی یہ وہ جو بھائی سر شکریہ براہ مہربانی برائے جناب صاحب نام پتہ نمبر موبائل پیسے کام
"""

# Chunks that people write onto the end of a verb ("kardo", "مٹادیں"); split off when the stem
# is a known word.
SPLIT_SUFFIXES = "dijiye dijye dein dain den do dena lo lein دیں دو دے دی لیں"

# Words that turn a request into its refusal when they stand next to it ("delete nahi karna").
NEGATIONS = "not dont never nahi mat na no cant نہیں مت نہ نا"

# The words that name a language a person may switch to.
# A script named with its language ("roman urdu") wins over the language alone, so it comes first.
TARGET_LANGUAGES: dict[str, tuple[str, ...]] = {
    "ur-Latn": ("roman", "رومن"),
    "en": ("english", "angrezi", "inglish", "انگریزی", "انگلش"),
    "ur": ("urdu", "اردو", "urdoo"),
}

# Chat commands ("/start") and the words they stand for.
COMMANDS: dict[str, str] = {
    "start": "hi",
    "help": "menu",
    "menu": "menu",
    "language": "language",
    "lang": "language",
    "status": "status",
    "requests": "my requests",
    "myrequests": "my requests",
    "cancel": "cancel",
    "human": "human",
    "agent": "human",
    "delete": "delete",
    "stop": "stop",
    "urdu": "urdu",
    "english": "english",
}

# Latin words that mark a message as Roman Urdu, with how strongly.
ROMAN_MARKERS: dict[str, float] = {
    **dict.fromkeys(
        """mera meri mere mujhe mjhe muje mujhay mujhy mujh humein hamara hamari humara humari
        aap apna apni apne tum tumhara kya kia kiya kyun kyu kyon kaise kaisay kese kahan kahaan madad slam slm roko rok peeche piche pichay chalo chhor chhod
        kab kaun kon konsa kaunsa nahi nahin nai nhi nahee nahii chahiye chahye chaiye chahie
        chahiay chaye chahiyay karo kro krna karna karni krni karein krein kren karen kariye
        kijiye kijye kar kr kardo krdo kardein krden karden karwana karwani karwa krwa krwao
        karwao hai hain hy hoga hogi gaya gya gayi gyi tha thi raha rahi rha rhi diya dia liya
        dikhao dikhaen dikhayen dikha dekhna dekhni batao btao bata wapas vapas band bnd
        khatam khtm mita mitao hatao hata dein dijiye bhai yaar yar acha achha accha theek thik
        bilkul haan ji jee shukriya shukria salam salaam assalam assalamualaikum asalamualaikum
        aoa walaikum alaikum adaab janab sahab baraye meharbani mehrbani shikayat shikait
        darkhwast darkhast ijazat razamandi ghalat galat durust maloomat malumat insaan insan
        banda bande banday baat sath saath abhi phir lekin magar kuch koi kisi tak liye lie
        wala wali wale mat ruk jao rehne rehnay chor chhor chhoro zaban zuban angrezi kidhar
        pohncha pahuncha hua hui bana kyunke kyunki agar toh yeh ye wo woh aur bohat bahut
        humne maine mainey hamain hame hamen kuch karwana hoa hogaya kardia kardiya krdia
        ishtihar faltu bekar tang istemal mehdood aitraz numainda tabdeel sahi chahta chahti
        chahte sakta sakti sakte saktay dobara phir karain krain kijye batain bataen btaen
        bataye ek sunao suno yr batana bhejo bhejen bhejein sab slaam asslam aslam alikum""".split(),
        2.0,
    ),
    **dict.fromkeys(
        "ka ki ke se ko mein ho na naa han hn ha pe par do de wapis jee ni g".split(), 1.0
    ),
    **dict.fromkeys("main mai me is to hi he us".split(), 0.5),
}

# Latin words that mark a message as English, with how strongly.
ENGLISH_MARKERS: dict[str, float] = {
    **dict.fromkeys(
        """i my the you your please want wanted would could should can cant dont doesnt didnt
        are am was were been have has had what how why where when who which this that it its
        and or not with about from for of get give send show see know need tell talk speak
        someone anyone want wants im ive id thanks thank yes yeah mine our never nope sure
        any some all more there their them they we us our how whats thats""".split(),
        2.0,
    ),
    **dict.fromkeys("me is to a an in on at be by so he it no hi please".split(), 1.0),
}
